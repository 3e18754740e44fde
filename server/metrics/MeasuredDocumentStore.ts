import type { DocumentStore, HeldContent, StoredDocument } from '../store/DocumentStore';
import type { ServerMetrics } from './ServerMetrics';

/** Times every append of the store it wraps; everything else passes straight through. */
export class MeasuredDocumentStore implements DocumentStore {
  constructor(
    private readonly inner: DocumentStore,
    private readonly metrics: ServerMetrics,
  ) {}

  loadDocument(name: string): Promise<StoredDocument> {
    return this.inner.loadDocument(name);
  }

  appendUpdate(name: string, update: Uint8Array): Promise<number> {
    return this.measure(1, () => this.inner.appendUpdate(name, update));
  }

  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.measure(updates.length, () => this.inner.appendUpdates(name, updates));
  }

  writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held?: HeldContent): Promise<void> {
    return this.inner.writeSnapshot(name, snapshot, throughSeq, held);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async measure(count: number, append: () => Promise<number>): Promise<number> {
    const stop = this.metrics.storeAppend.startTimer();
    const seq = await append();
    stop();
    this.metrics.updatesStored.inc(count);
    return seq;
  }
}
