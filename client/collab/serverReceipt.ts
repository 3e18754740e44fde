import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

const messageSync = 0;
const syncStep1 = 0;
const syncStep2 = 1;

type DeleteSet = ReturnType<typeof Y.createDeleteSet>;

/** What this page changed that the server must hold before the page may say so. */
export interface DeliveryTarget {
  /** This page's own clock: every item it made below this. */
  readonly clock: number;
  /** What this page deleted (of anyone's words), as ranges of item ids. */
  readonly deletions: ReadonlyArray<{ readonly client: number; readonly clock: number; readonly len: number }>;
}

/**
 * Finds out what the server holds of this page's changes, from the server's own words. A
 * provider marks itself synced once it has heard what the server has that it lacks, which
 * says nothing of whether the server has what was typed here offline: that goes out as the
 * page's answer to the server, possibly after the server already answered.
 *
 * So the page asks again with a sync step 1 that claims nothing of its own items beyond what
 * is already confirmed: the server's sync step 2 then carries back those of this page's items
 * it has, and its whole record of deletions. The room sends a sync step 2 only once what it
 * contains is durable (server/collab/Room.ts), so what the answer holds is stored.
 */
export class ServerReceipt {
  private confirmedClock = 0;
  private heldDeletions: DeleteSet | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly stockHandler: WebsocketProvider['messageHandlers'][number];

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    this.stockHandler = provider.messageHandlers[messageSync]!;
    provider.messageHandlers[messageSync] = (encoder, decoder, handlerProvider, emitSynced, messageType) => {
      const payload = emitSynced ? this.step2Payload(decoder) : null;
      this.stockHandler(encoder, decoder, handlerProvider, emitSynced, messageType);
      if (payload) this.read(payload);
    };
  }

  /** Asks the server what it holds of this page's items and deletions; false when not connected. */
  ask(): boolean {
    const socket = this.provider.ws;
    if (!this.provider.wsconnected || socket === null || socket.readyState !== socket.OPEN) return false;
    const known = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    known.set(this.doc.clientID, this.confirmedClock);
    const stateVector = encoding.createEncoder();
    encoding.writeVarUint(stateVector, known.size);
    for (const [client, clock] of known) {
      encoding.writeVarUint(stateVector, client);
      encoding.writeVarUint(stateVector, clock);
    }
    const message = encoding.createEncoder();
    encoding.writeVarUint(message, messageSync);
    encoding.writeVarUint(message, syncStep1);
    encoding.writeVarUint8Array(message, encoding.toUint8Array(stateVector));
    socket.send(encoding.toUint8Array(message));
    return true;
  }

  /** Whether the server's answers so far show it holds everything in `target`. */
  holds(target: DeliveryTarget): boolean {
    if (this.confirmedClock < target.clock) return false;
    if (target.deletions.length === 0) return true;
    const held = this.heldDeletions;
    if (!held) return false;
    return target.deletions.every(({ client, clock, len }) => coversRange(held, client, clock, len));
  }

  /** Called after each answer from the server that may have confirmed something. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.provider.messageHandlers[messageSync] = this.stockHandler;
  }

  /** The update in a sync step 2 from the server, read without moving the provider's decoder. */
  private step2Payload(decoder: decoding.Decoder): Uint8Array | null {
    try {
      const peek = decoding.clone(decoder);
      if (decoding.readVarUint(peek) !== syncStep2) return null;
      return decoding.readVarUint8Array(peek);
    } catch {
      return null;
    }
  }

  private read(update: Uint8Array): void {
    try {
      const { structs, ds } = Y.decodeUpdate(update);
      this.confirmedClock = heldClock(structs, this.doc.clientID, this.confirmedClock);
      this.heldDeletions = ds;
    } catch {
      // An answer that does not decode confirms nothing; the provider reports the rest.
      return;
    }
    for (const listener of this.listeners) listener();
  }
}

/**
 * How far this page's own items now run unbroken on the server, given that it held them up to
 * `from`. The answer to a question that claimed `from` carries this page's items from there
 * on: its state vector (Y.encodeStateVectorFromUpdate) would count nothing for a client whose
 * items do not start at clock 0, so the items are read one by one.
 */
function heldClock(structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>, client: number, from: number): number {
  const own = structs.filter((struct) => struct.id.client === client && !(struct instanceof Y.Skip)).sort((a, b) => a.id.clock - b.id.clock);
  let held = from;
  for (const struct of own) {
    if (struct.id.clock > held) break;
    held = Math.max(held, struct.id.clock + struct.length);
  }
  return held;
}

/** Whether the delete set's ranges (adjacent ones may be listed apart) cover `clock`..`clock + len`. */
function coversRange(deletions: DeleteSet, client: number, clock: number, len: number): boolean {
  const ranges = [...(deletions.clients.get(client) ?? [])].sort((a, b) => a.clock - b.clock);
  let covered = clock;
  for (const range of ranges) {
    if (range.clock > covered) break;
    covered = Math.max(covered, range.clock + range.len);
    if (covered >= clock + len) return true;
  }
  return covered >= clock + len;
}
