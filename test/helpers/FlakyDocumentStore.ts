import type { DocumentStore, StoredDocument } from '../../server/store/DocumentStore';

/**
 * A DocumentStore in memory whose writes can be made to fail or to wait, for testing how rooms
 * behave when storage breaks or is slow. The SQLite store itself is tested against real files.
 */
export class FlakyDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, { snapshot: Uint8Array | null; updates: { seq: number; data: Uint8Array }[] }>();
  private seq = 0;
  failWrites = false;
  /** While set, appends wait for this promise: lets a test look between apply and persist. */
  holdAppends: Promise<void> | null = null;

  async loadDocument(name: string): Promise<StoredDocument> {
    const doc = this.docs.get(name);
    if (!doc) return { snapshot: null, updates: [], lastSeq: 0 };
    return { snapshot: doc.snapshot, updates: doc.updates.map((u) => u.data), lastSeq: doc.updates.at(-1)?.seq ?? 0 };
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    if (this.holdAppends) await this.holdAppends;
    if (this.failWrites) throw new Error('disk full');
    const doc = this.docs.get(name) ?? { snapshot: null, updates: [] };
    this.seq += 1;
    doc.updates.push({ seq: this.seq, data: update });
    this.docs.set(name, doc);
    return this.seq;
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    let seq = 0;
    for (const update of updates) seq = await this.appendUpdate(name, update);
    return seq;
  }

  async writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    const doc = this.docs.get(name) ?? { snapshot: null, updates: [] };
    doc.snapshot = snapshot;
    doc.updates = doc.updates.filter((u) => u.seq > throughSeq);
    this.docs.set(name, doc);
  }

  storedUpdateCount(name: string): number {
    return this.docs.get(name)?.updates.length ?? 0;
  }

  async close(): Promise<void> {}
}
