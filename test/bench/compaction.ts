import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { createLogger } from '../../server/logger';
import { PostgresDocumentStore } from '../../server/store/postgres/PostgresDocumentStore';
import { openPostgres } from '../../server/store/postgres/openPostgres';
import { sealStoredDocuments } from '../../server/store/postgres/sealStoredDocuments';
import { BlobCipher } from '../../server/store/BlobCipher';
import type { DocumentStore, SeqRange } from '../../server/store/DocumentStore';
import { snapshotDigest } from '../../server/store/heldContent';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { openDatabase } from '../../server/store/sqlite/openDatabase';

const variants = ['room vouches for its rows and snapshot', 'every row and the snapshot checked', 'one row from another instance'] as const;
type Variant = (typeof variants)[number];

export interface CompactionRow {
  readonly engine: string;
  /** What the log holds beside the room's own keystrokes. */
  readonly variant: Variant;
  readonly updates: number;
  /** Keystrokes already in the stored snapshot. */
  readonly prior: number;
  readonly runs: number;
  readonly medianMs: number;
  readonly maxMs: number;
  /** Longest the event loop was held while writeSnapshot ran: the median run's, and the worst run's. */
  readonly medianStallMs: number;
  readonly longestStallMs: number;
}

export interface CompactionResult {
  readonly rows: readonly CompactionRow[];
  readonly loadAverage: { readonly start: readonly number[]; readonly end: readonly number[] };
}

const text = 'Goal: reads 40 words a minute with a reading partner. ';

/**
 * A room's document after `updates` one-keystroke edits as a person makes them: typing at a
 * cursor that jumps elsewhere every 20 keystrokes, one keystroke in 10 a backspace (so the log
 * holds deletions too); each edit as it was appended.
 */
function typedDocument(updates: number, clientId: number): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const captured: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => captured.push(update));
  const shared = doc.getText('text');
  let cursor = 0;
  let seed = clientId;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < updates; i += 1) {
    if (i % 20 === 0) cursor = Math.floor(next() * (shared.length + 1));
    if (i % 10 === 9 && cursor > 0) {
      shared.delete(cursor - 1, 1);
      cursor -= 1;
    } else {
      shared.insert(cursor, text.charAt(i % text.length));
      cursor += 1;
    }
  }
  return { doc, updates: captured };
}

/**
 * A document of `prior` keystrokes already compacted, then `updates` more one-keystroke
 * updates appended, then one `writeSnapshot` of the room's copy through the last of them,
 * timed, `runs` times per variant, on PostgreSQL and on SQLite. The event loop's delay is
 * sampled every millisecond while the snapshot is written: its longest stall is what every
 * other room on the instance waited.
 */
export async function runCompaction(databaseUrl: string, updates: number, prior: number, runs: number): Promise<CompactionResult> {
  const start = os.loadavg();
  const rows: CompactionRow[] = [];
  const schema = `bench_compaction_${process.pid}`;
  const pool = await openPostgres({ connectionString: databaseUrl, schema, logger: createLogger('silent') });
  const cipher = new BlobCipher(null);
  try {
    await sealStoredDocuments(pool, cipher);
    rows.push(...(await measure('PostgreSQL', new PostgresDocumentStore(pool, cipher), updates, prior, runs, false)));
  } finally {
    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.end();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-compaction-'));
  const sqlite = new SqliteDocumentStore(openDatabase(dir), cipher);
  try {
    rows.push(...(await measure('SQLite', sqlite, updates, prior, runs, true)));
  } finally {
    await sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { rows, loadAverage: { start, end: os.loadavg() } };
}

/** `synchronous`: the store does its work in the call itself (better-sqlite3), so all of it is a stall. */
async function measure(engine: string, store: DocumentStore, updates: number, prior: number, runs: number, synchronous: boolean): Promise<CompactionRow[]> {
  const samples = new Map(variants.map((variant) => [variant, { times: [] as number[], stalls: [] as number[] }]));
  // Run 0 warms the code paths up and is not counted; the variants take turns after it.
  for (let run = 0; run <= runs; run += 1) {
    for (const variant of variants) {
      const name = `ws_bench/${variants.indexOf(variant)}-${run}`;
      const room = typedDocument(prior + updates, 1);
      let ownRows: SeqRange[] = [];
      const append = async (batch: Uint8Array[]) => {
        const last = await store.appendUpdates(name, batch);
        ownRows.push({ first: last - batch.length + 1, last });
        return last;
      };
      const before = new Y.Doc();
      for (const update of room.updates.slice(0, prior)) Y.applyUpdate(before, update);
      let lastSeq = 0;
      for (let from = 0; from < prior; from += 500) lastSeq = await append(room.updates.slice(from, Math.min(from + 500, prior)));
      const priorSnapshot = Y.encodeStateAsUpdate(before);
      if (prior > 0) await store.writeSnapshot(name, priorSnapshot, lastSeq, { seqs: ownRows, snapshotDigests: [] });
      ownRows = [];
      for (let from = prior; from < room.updates.length; from += 200) await append(room.updates.slice(from, from + 200));
      // Relay lag: another instance's edit is stored but has not reached this room yet.
      if (variant === 'one row from another instance') await store.appendUpdate(name, typedDocument(1, 2).updates[0]!);
      ({ lastSeq } = await store.loadDocument(name));
      const snapshot = Y.encodeStateAsUpdate(room.doc);
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const vouched = variant !== 'every row and the snapshot checked';
      // What Room passes: its own rows, and the snapshot it wrote last.
      const held = vouched ? { seqs: ownRows, snapshotDigests: [snapshotDigest(priorSnapshot)] } : undefined;
      const began = performance.now();
      await store.writeSnapshot(name, snapshot, lastSeq, held);
      // The room names what it wrote for its next compaction: part of the cost.
      if (vouched) snapshotDigest(snapshot);
      const took = performance.now() - began;
      delay.disable();
      if (run === 0) continue;
      const sample = samples.get(variant)!;
      sample.times.push(took);
      sample.stalls.push(synchronous ? took : delay.max / 1e6);
    }
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  return [...samples].map(([variant, { times, stalls }]) => ({
    engine,
    variant,
    updates,
    prior,
    runs,
    medianMs: median(times),
    maxMs: Math.max(...times),
    medianStallMs: median(stalls),
    longestStallMs: Math.max(...stalls),
  }));
}

export function compactionTable(result: CompactionResult): string {
  const load = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' ');
  const lines = [
    `load average ${load(result.loadAverage.start)} at start, ${load(result.loadAverage.end)} at end`,
    '',
    '| engine | log | snapshot of | updates | runs | writeSnapshot median ms | max ms | event-loop stall median ms | worst ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const row of result.rows) {
    lines.push(
      `| ${row.engine} | ${row.variant} | ${row.prior} | ${row.updates} | ${row.runs} | ${row.medianMs.toFixed(1)} | ${row.maxMs.toFixed(1)} | ${row.medianStallMs.toFixed(1)} | ${row.longestStallMs.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}
