import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { changedPlaces } from './changedPlaces';
import { ServerReceipt, type DeliveryTarget } from './serverReceipt';

const firstAskDelayMs = 250;
const lastAskDelayMs = 4_000;

/**
 * Tracks which parts of a document have left this device, so that when access ends the
 * person can copy out what had not, and so the header can say what is waiting. A change made
 * while the connection is open and in sync counts as sent, since the provider sends every
 * update at once. A change made without one counts as sent only once the server has said it
 * holds it (serverReceipt.ts): being back in sync is not enough.
 * Content loaded from the device's own copy counts as sent; only this page's changes are
 * offered, which covers the case that matters (typing when access is withdrawn).
 */
export class UnsentChanges {
  private sent = new Map<number, number>();
  private readonly detach: () => void;
  /** The places changed on this page since everything was last sent: the count in the header. */
  private places = new Set<string>();
  private deletions: Array<DeliveryTarget['deletions'][number]> = [];
  /** What the server was asked to confirm, once back in sync. */
  private awaiting: DeliveryTarget | null = null;
  private readonly receipt: ServerReceipt;
  /** The next time the server is asked again, when an answer did not yet hold everything. */
  private askAgain: ReturnType<typeof setTimeout> | null = null;
  private askDelayMs = firstAskDelayMs;
  private readonly listeners = new Set<() => void>();
  private readonly deliveredListeners = new Set<() => void>();
  /** Waits for the server's word (confirmHeld) still open: each ends, unheld, on destroy. */
  private readonly confirmations = new Set<(held: boolean) => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    this.receipt = new ServerReceipt(doc, provider);
    const handleUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      const live = provider.wsconnected && provider.synced;
      if (live && this.places.size === 0) this.markAllSent();
      else if (transaction.local && !live) this.notePending(transaction);
    };
    const handleSync = (synced: boolean) => {
      if (!synced) return;
      if (this.places.size === 0) return this.markAllSent();
      this.awaiting = { clock: Y.getState(doc.store, doc.clientID), deletions: [...this.deletions] };
      this.askDelayMs = firstAskDelayMs;
      this.receipt.ask();
    };
    const stopReceipts = this.receipt.subscribe(() => {
      if (!this.awaiting) return;
      // Until an answer shows the changes, the header keeps saying they are being sent: it
      // says "Saved" only on the server's word.
      if (!this.receipt.holds(this.awaiting)) return this.askLater();
      this.markAllSent();
      for (const listener of this.deliveredListeners) listener();
    });
    doc.on('update', handleUpdate);
    provider.on('sync', handleSync);
    this.detach = () => {
      this.stopAsking();
      stopReceipts();
      this.receipt.destroy();
      doc.off('update', handleUpdate);
      provider.off('sync', handleSync);
    };
  }

  /** Everything in the document now has left (or never needed to leave) this device. */
  markAllSent(): void {
    this.sent = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    this.deletions = [];
    this.awaiting = null;
    this.stopAsking();
    this.setPlaces(new Set());
  }

  /**
   * The device's copy has loaded: what it held left in an earlier visit (or was never this
   * page's to send). Changes this page made before it finished loading still wait: a slow
   * copy must not make offline typing count as sent.
   */
  markLoadedAsSent(): void {
    if (this.places.size === 0) return this.markAllSent();
    const own = this.sent.get(this.doc.clientID) ?? 0;
    this.sent = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    this.sent.set(this.doc.clientID, own);
  }

  /**
   * The provider counts itself in sync on the server's first answer, which may come before
   * this page's own offline changes have even gone out (they are its reply to the server's
   * question, sent after). An answer that does not hold them yet is no failure: ask again,
   * less and less often, until one does or the connection drops.
   */
  private askLater(): void {
    if (this.askAgain !== null) return;
    this.askAgain = setTimeout(() => {
      this.askAgain = null;
      if (!this.awaiting) return;
      this.askDelayMs = Math.min(this.askDelayMs * 2, lastAskDelayMs);
      this.receipt.ask();
    }, this.askDelayMs);
  }

  private stopAsking(): void {
    if (this.askAgain !== null) clearTimeout(this.askAgain);
    this.askAgain = null;
  }

  /**
   * Resolves true once the server has said it holds everything this page has now, false if it
   * has not said so within `waitMs`. For what the server does with the stored document on this
   * person's word (a meeting's decision carried into the plan): the last keystrokes may still
   * be on their way, and the server must not act on less than the person sees. Without a
   * connection, or on losing it while waiting, the answer is false at once: no word can come.
   */
  confirmHeld(waitMs: number): Promise<boolean> {
    const target: DeliveryTarget = { clock: Y.getState(this.doc.store, this.doc.clientID), deletions: deletionRanges(this.doc) };
    if (this.receipt.holds(target)) return Promise.resolve(true);
    if (!this.provider.wsconnected) return Promise.resolve(false);
    return new Promise((resolve) => {
      let delayMs = firstAskDelayMs;
      let nextAsk: ReturnType<typeof setTimeout> | null = null;
      const finish = (held: boolean) => {
        if (nextAsk !== null) clearTimeout(nextAsk);
        clearTimeout(deadline);
        stopListening();
        this.provider.off('status', onStatus);
        this.confirmations.delete(finish);
        resolve(held);
      };
      const stopListening = this.receipt.subscribe(() => {
        if (this.receipt.holds(target)) finish(true);
      });
      const onStatus = ({ status }: { status: string }) => {
        if (status === 'disconnected') finish(false);
      };
      this.provider.on('status', onStatus);
      const deadline = setTimeout(() => finish(false), waitMs);
      const ask = () => {
        this.receipt.ask();
        nextAsk = setTimeout(ask, delayMs);
        delayMs = Math.min(delayMs * 2, lastAskDelayMs);
      };
      this.confirmations.add(finish);
      ask();
    });
  }

  /** How many places (fields, lists) hold changes the server does not have yet. */
  get pendingCount(): number {
    return this.places.size;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Changes made without a connection have reached the server, as it confirmed. */
  onDelivered(listener: () => void): () => void {
    this.deliveredListeners.add(listener);
    return () => this.deliveredListeners.delete(listener);
  }

  private notePending(transaction: Y.Transaction): void {
    // A confirmation asked for before this change cannot cover it; the next sync asks anew.
    this.awaiting = null;
    for (const [client, ranges] of transaction.deleteSet.clients) {
      for (const range of ranges) this.deletions.push({ client, clock: range.clock, len: range.len });
    }
    const places = changedPlaces(transaction);
    if (places.every((place) => this.places.has(place))) return;
    this.setPlaces(new Set([...this.places, ...places]));
  }

  private setPlaces(places: Set<string>): void {
    if (places.size === this.places.size && [...places].every((place) => this.places.has(place))) return;
    this.places = places;
    for (const listener of this.listeners) listener();
  }

  /** The text typed on this device that the team has not received, one run per line. */
  text(): string {
    const runs: string[] = [];
    let previous: Y.Item | null = null;
    for (const [client, structs] of this.doc.store.clients) {
      const sentClock = this.sent.get(client) ?? 0;
      for (const struct of structs) {
        if (!(struct instanceof Y.Item) || struct.deleted || struct.id.clock + struct.length <= sentClock) continue;
        const skip = Math.max(0, sentClock - struct.id.clock);
        const piece =
          struct.content instanceof Y.ContentString
            ? struct.content.str.slice(skip)
            : struct.content instanceof Y.ContentAny
              ? struct.content.arr.filter((value): value is string => typeof value === 'string').join(' ')
              : '';
        if (piece === '') continue;
        if (previous !== null && struct.left === previous && runs.length > 0) runs[runs.length - 1] += piece;
        else runs.push(piece);
        previous = struct;
      }
    }
    return runs.map((run) => run.trim()).filter((run) => run.length > 0).join('\n');
  }

  destroy(): void {
    for (const finish of [...this.confirmations]) finish(false);
    this.listeners.clear();
    this.deliveredListeners.clear();
    this.detach();
  }
}

/** Everything deleted in the document, by anyone: a server that has all of it holds these. */
function deletionRanges(doc: Y.Doc): DeliveryTarget['deletions'] {
  const ranges: Array<DeliveryTarget['deletions'][number]> = [];
  for (const [client, deleted] of Y.createDeleteSetFromStructStore(doc.store).clients) {
    for (const { clock, len } of deleted) ranges.push({ client, clock, len });
  }
  return ranges;
}
