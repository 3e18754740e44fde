import type { DocumentStore, HeldContent, StoredDocument } from '../../server/store/DocumentStore';

/**
 * The real store behind a gate: while held, appends wait (and say they are waiting), so a
 * test can look at what a page shows between the server applying a change and storing it.
 */
export class HeldDocumentStore implements DocumentStore {
  private gate: { promise: Promise<void>; open: () => void } | null = null;
  /** Appends waiting at the gate right now. */
  waiting = 0;

  constructor(private readonly inner: DocumentStore) {}

  hold(): void {
    if (this.gate) return;
    let open = () => undefined as void;
    const promise = new Promise<void>((resolve) => (open = resolve));
    this.gate = { promise, open };
  }

  release(): void {
    this.gate?.open();
    this.gate = null;
  }

  loadDocument(name: string): Promise<StoredDocument> {
    return this.inner.loadDocument(name);
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    await this.pass();
    return this.inner.appendUpdate(name, update);
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    await this.pass();
    return this.inner.appendUpdates(name, updates);
  }

  writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held?: HeldContent): Promise<void> {
    return this.inner.writeSnapshot(name, snapshot, throughSeq, held);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private async pass(): Promise<void> {
    const gate = this.gate;
    if (!gate) return;
    this.waiting += 1;
    try {
      await gate.promise;
    } finally {
      this.waiting -= 1;
    }
  }
}
