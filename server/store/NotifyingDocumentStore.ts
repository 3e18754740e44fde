import type { DocumentStore, HeldContent, StoredDocument } from './DocumentStore';

/**
 * Passes everything to the real store and, once an append is durable, says which document
 * changed. Caches of what documents hold (the caseload's summaries) listen here rather than to
 * the rooms' Y.Docs: a room applies an update before the store has it, so a reader woken by the
 * room could still load the state from before it and keep that in the cache.
 */
export class NotifyingDocumentStore implements DocumentStore {
  private readonly listeners = new Set<(name: string) => void>();

  constructor(private readonly inner: DocumentStore) {}

  onAppended(listener: (name: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  loadDocument(name: string): Promise<StoredDocument> {
    return this.inner.loadDocument(name);
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    const seq = await this.inner.appendUpdate(name, update);
    this.notify(name);
    return seq;
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    const seq = await this.inner.appendUpdates(name, updates);
    this.notify(name);
    return seq;
  }

  /** A snapshot holds what the updates held: nobody needs telling. */
  writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held?: HeldContent): Promise<void> {
    return this.inner.writeSnapshot(name, snapshot, throughSeq, held);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private notify(name: string): void {
    for (const listener of this.listeners) listener(name);
  }
}
