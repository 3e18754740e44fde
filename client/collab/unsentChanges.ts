import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/**
 * Tracks which parts of a document have left this device, so that when access ends the
 * person can copy out what had not: a change counts as sent once it was made (or synced)
 * while the connection was open and in sync, since the provider sends every update at once.
 * Content loaded from the device's own copy counts as sent; only this page's changes are
 * offered, which covers the case that matters (typing when access is withdrawn).
 */
export class UnsentChanges {
  private sent = new Map<number, number>();
  private readonly detach: () => void;
  /** Changes made on this page since everything was last sent: the count in the header. */
  private pending = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    const markIfSent = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (provider.wsconnected && provider.synced) this.markAllSent();
      else if (transaction.local) this.setPending(this.pending + 1);
    };
    const onSync = (synced: boolean) => synced && this.markAllSent();
    doc.on('update', markIfSent);
    provider.on('sync', onSync);
    this.detach = () => {
      doc.off('update', markIfSent);
      provider.off('sync', onSync);
    };
  }

  /** Everything in the document now has left (or never needed to leave) this device. */
  markAllSent(): void {
    this.sent = Y.decodeStateVector(Y.encodeStateVector(this.doc));
    this.setPending(0);
  }

  get pendingCount(): number {
    return this.pending;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setPending(count: number): void {
    if (count === this.pending) return;
    this.pending = count;
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
    this.listeners.clear();
    this.detach();
  }
}
