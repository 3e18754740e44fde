import type Database from 'better-sqlite3';
import { BlobCipher } from '../BlobCipher';
import type { DocumentStore, HeldContent, StoredDocument } from '../DocumentStore';
import { AppendGroup, type GroupedAppend } from './AppendGroup';
import { foldIntoSnapshot } from '../foldIntoSnapshot';
import { rangesNotHeld, snapshotDigest } from '../heldContent';
import type { WalCheckpointer } from './walCheckpointer';

interface SnapshotRow {
  snapshot: Buffer | null;
  snapshot_seq: number;
}

interface UpdateRow {
  seq: number;
  data: Buffer;
}

interface DataRow {
  data: Buffer;
}

const asBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);

/**
 * The embedded default store: better-sqlite3 is synchronous, so each call is durable on return.
 * Every blob passes through the cipher: sealed with `DATA_KEY` when one is set, plain otherwise.
 */
export class SqliteDocumentStore implements DocumentStore {
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly selectUpdatesBetween;
  private readonly insertUpdate;
  private readonly upsertSnapshot;
  private readonly deleteUpdatesThrough;
  private readonly replaceSnapshot;
  private readonly appends: AppendGroup;
  private readonly readDocument;

  /**
   * @param cipher seals what is written and opens what is read. With a key, every stored blob
   *   must be sealed (the startup step `reencryptDocuments` made them so): a plain blob
   *   slipped into the file is refused rather than trusted.
   * @param checkpointer keeps the log's checkpoints from waiting on the disk; without it SQLite
   *   takes them here, fsyncs and all, in whichever commit passes its threshold.
   */
  constructor(
    private readonly db: Database.Database,
    private readonly cipher: BlobCipher = new BlobCipher(null),
    private readonly checkpointer: WalCheckpointer | null = null,
  ) {
    const seal = (name: string, bytes: Uint8Array) => this.cipher.seal(bytes, name);
    const open = (name: string, buffer: Buffer) => this.cipher.open(asBytes(buffer), name, this.cipher.encrypts);
    this.selectSnapshot = db.prepare<[string], SnapshotRow>('SELECT snapshot, snapshot_seq FROM documents WHERE name = ?');
    this.selectUpdates = db.prepare<[string, number], UpdateRow>(
      'SELECT seq, data FROM document_updates WHERE doc_name = ? AND seq > ? ORDER BY seq',
    );
    this.selectUpdatesBetween = db.prepare<[string, number, number], DataRow>(
      'SELECT data FROM document_updates WHERE doc_name = ? AND seq BETWEEN ? AND ? ORDER BY seq',
    );
    this.insertUpdate = db.prepare<[string, Uint8Array, string]>(
      'INSERT INTO document_updates (doc_name, data, created_at) VALUES (?, ?, ?)',
    );
    this.upsertSnapshot = db.prepare<[string, Uint8Array, number, string]>(
      `INSERT INTO documents (name, snapshot, snapshot_seq, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (name) DO UPDATE SET snapshot = excluded.snapshot, snapshot_seq = excluded.snapshot_seq,
         updated_at = excluded.updated_at`,
    );
    this.deleteUpdatesThrough = db.prepare<[string, number]>('DELETE FROM document_updates WHERE doc_name = ? AND seq <= ?');
    const insertAll = (append: GroupedAppend, at: string): number => {
      let seq = 0;
      for (const update of append.updates) seq = Number(this.insertUpdate.run(append.name, seal(append.name, update), at).lastInsertRowid);
      return seq;
    };
    this.appends = new AppendGroup(
      db.transaction((group: readonly GroupedAppend[]): number[] => {
        const at = new Date().toISOString();
        return group.map((append) => insertAll(append, at));
      }),
      db.transaction((append: GroupedAppend): number => insertAll(append, new Date().toISOString())),
      () => this.checkpointer?.noteWrite(),
    );
    // One read transaction, so a concurrent compaction cannot slip between the two reads.
    this.readDocument = db.transaction((name: string): StoredDocument => {
      const head = this.selectSnapshot.get(name);
      const snapshotSeq = head?.snapshot_seq ?? 0;
      const rows = this.selectUpdates.all(name, snapshotSeq);
      return {
        snapshot: head?.snapshot ? open(name, head.snapshot) : null,
        updates: rows.map((row) => open(name, row.data)),
        lastSeq: rows.length > 0 ? rows[rows.length - 1]!.seq : snapshotSeq,
      };
    });
    // Snapshot and deletion commit together: a crash between them would otherwise leave
    // either a gap (updates gone, snapshot old) or nothing worse than duplicates. One server
    // writes the file, so what is replaced is the room's own; another process writing it too
    // (a tool, a mistake) gets the PostgreSQL store's guarantee: what the room's snapshot does
    // not provably hold is merged in, not dropped.
    this.replaceSnapshot = db.transaction((name: string, snapshot: Uint8Array, throughSeq: number, held: HeldContent) => {
      const head = this.selectSnapshot.get(name);
      const storedSnapshot = head?.snapshot ? open(name, head.snapshot) : null;
      const stored = storedSnapshot && !held.snapshotDigests.includes(snapshotDigest(storedSnapshot)) ? [storedSnapshot] : [];
      for (const range of rangesNotHeld(held.seqs, head?.snapshot_seq ?? 0, throughSeq)) {
        for (const row of this.selectUpdatesBetween.all(name, range.first, range.last)) stored.push(open(name, row.data));
      }
      this.upsertSnapshot.run(name, seal(name, foldIntoSnapshot(snapshot, stored)), throughSeq, new Date().toISOString());
      this.deleteUpdatesThrough.run(name, throughSeq);
    });
  }

  async loadDocument(name: string): Promise<StoredDocument> {
    return this.readDocument(name);
  }

  async appendUpdate(name: string, update: Uint8Array): Promise<number> {
    const result = this.insertUpdate.run(name, this.cipher.seal(update, name), new Date().toISOString());
    this.checkpointer?.noteWrite();
    return Number(result.lastInsertRowid);
  }

  /** Durable once it resolves: committed with the other documents' appends of this moment (AppendGroup). */
  appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    return this.appends.add(name, updates);
  }

  async writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held: HeldContent = { seqs: [], snapshotDigests: [] }): Promise<void> {
    this.replaceSnapshot(name, snapshot, throughSeq, held);
    this.db.pragma('incremental_vacuum');
    this.checkpointer?.noteWrite();
  }

  async close(): Promise<void> {
    await this.checkpointer?.stop();
    if (this.db.open) this.db.close();
    await this.checkpointer?.releaseFiles();
  }
}
