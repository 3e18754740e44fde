import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as Y from 'yjs';

export type Patch = [position: number, deleted: number, inserted: string];

export interface SequentialTrace {
  readonly startContent: string;
  readonly endContent: string;
  readonly txns: readonly { readonly patches: readonly Patch[] }[];
}

export interface ConcurrentTrace {
  readonly kind: 'concurrent';
  readonly endContent: string;
  readonly numAgents: number;
  readonly txns: readonly { readonly parents: readonly number[]; readonly agent: number; readonly patches: readonly Patch[] }[];
}

const tracesDir = path.resolve(import.meta.dirname, '..', 'fixtures', 'traces');

/** Reads a trace shipped in test/fixtures/traces (CC BY 4.0, credited in its README). */
export function readTrace<T>(file: string): T {
  return JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(tracesDir, file))).toString('utf8')) as T;
}

export function applyPatches(text: Y.Text, patches: readonly Patch[]): void {
  for (const [position, deleted, inserted] of patches) {
    if (deleted > 0) text.delete(position, deleted);
    if (inserted.length > 0) text.insert(position, inserted);
  }
}

/**
 * Replays a concurrent trace offline, one Y.Doc per agent, each transaction on exactly the
 * merged state of its parents. Calls `emit(agent, update)` with every update that enters an
 * agent's doc (its own edits and the others' edits it had seen when typing), in trace order,
 * so a real client fed the same updates holds what that person's screen held.
 */
export function replayConcurrentTrace(trace: ConcurrentTrace, emit: (agent: number, update: Uint8Array, typed: boolean) => void): void {
  const agents = Array.from({ length: trace.numAgents }, (_, agent) => {
    const doc = new Y.Doc();
    // Yjs orders simultaneous inserts at one spot by client id; the trace expects agent order.
    doc.clientID = agent + 1;
    return { doc, text: doc.getText('text'), appliedThrough: new Array<number>(trace.numAgents).fill(-1) };
  });
  const updates: Uint8Array[] = [];
  const txnsByAgent = Array.from({ length: trace.numAgents }, () => [] as number[]);
  // latestAncestor[t][a]: the newest transaction of agent a that t's state includes.
  const latestAncestor: number[][] = [];

  trace.txns.forEach((txn, index) => {
    const latest = new Array<number>(trace.numAgents).fill(-1);
    for (const parent of txn.parents) {
      const parentTxn = trace.txns[parent]!;
      latest[parentTxn.agent] = Math.max(latest[parentTxn.agent]!, parent);
      latestAncestor[parent]!.forEach((value, agent) => (latest[agent] = Math.max(latest[agent]!, value)));
    }
    latestAncestor.push(latest);

    const self = agents[txn.agent]!;
    // Each agent's own transactions are totally ordered, so "the others' newest ancestor"
    // fixes exactly which of their updates must be present first.
    latest.forEach((through, other) => {
      if (other === txn.agent) return;
      for (const t of txnsByAgent[other]!) {
        if (t > through) break;
        if (t <= self.appliedThrough[other]!) continue;
        Y.applyUpdate(self.doc, updates[t]!);
        emit(txn.agent, updates[t]!, false);
      }
      self.appliedThrough[other] = Math.max(self.appliedThrough[other]!, through);
    });

    let produced: Uint8Array | null = null;
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === 'replay') produced = update;
    };
    self.doc.on('update', capture);
    self.doc.transact(() => applyPatches(self.text, txn.patches), 'replay');
    self.doc.off('update', capture);
    const update = produced ?? new Uint8Array([0, 0]);
    updates.push(update);
    txnsByAgent[txn.agent]!.push(index);
    emit(txn.agent, update, true);
  });
  for (const agent of agents) agent.doc.destroy();
}
