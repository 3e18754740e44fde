import type { Pool, QueryResult, QueryResultRow } from 'pg';
import { BlobCipher } from '../BlobCipher';
import type { DatabaseHealth, DocumentStore, HeldContent, StoredDocument } from '../DocumentStore';
import { foldIntoSnapshot } from '../foldIntoSnapshot';
import { rangesNotHeld, snapshotDigest } from '../heldContent';

interface LoadRow {
  part: number;
  seq: string;
  last_seq: string | null;
  data: Buffer | null;
}

interface HeadRow {
  snapshot: Buffer | null;
  snapshot_seq: string;
  last_seq: string;
}

const asBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Document names start with their workspace id (`<workspaceId>/plan`); rows are keyed by it. */
export const workspaceOf = (name: string): string => name.split('/', 1)[0]!;

// One statement is one snapshot of the database even under READ COMMITTED, so a compaction
// committing meanwhile cannot make the snapshot and the updates disagree.
const loadSql = `
  WITH head AS (SELECT snapshot, snapshot_seq, last_seq FROM documents WHERE workspace_id = $1 AND name = $2)
  SELECT 0 AS part, snapshot_seq AS seq, last_seq, snapshot AS data FROM head
  UNION ALL
  SELECT 1, seq, NULL, data FROM document_updates
   WHERE workspace_id = $1 AND doc_name = $2 AND seq > COALESCE((SELECT snapshot_seq FROM head), 0)
  ORDER BY part, seq`;

// One statement, so one implicit transaction: the document row's counter hands out the next
// numbers (its row lock serialises appends to one document, so they commit in seq order) and
// the updates are inserted with them. All or nothing. Nothing is inserted unless the database
// is still sealed with this instance's key ($5; null for plain), so an instance left on an old
// key after a rotation cannot write rows the others cannot read.
const appendSql = `
  WITH head AS (
    INSERT INTO documents (workspace_id, name, last_seq)
    SELECT $1, $2, $4::bigint FROM data_encryption WHERE id = 1 AND key_id IS NOT DISTINCT FROM $5::text
    ON CONFLICT (workspace_id, name) DO UPDATE SET last_seq = documents.last_seq + $4::bigint, updated_at = now()
    RETURNING last_seq
  ), added AS (
    INSERT INTO document_updates (workspace_id, doc_name, seq, data)
    SELECT $1, $2, head.last_seq - $4::bigint + item.ord, item.data
      FROM head, unnest($3::bytea[]) WITH ORDINALITY AS item(data, ord)
  )
  SELECT last_seq FROM head`;

export class DamagedDocumentError extends Error {
  constructor(name: string, problem: string) {
    super(`stored document ${name} is damaged: ${problem}`);
    this.name = 'DamagedDocumentError';
  }
}

/** This instance's DATA_KEY is not the one the database's documents are sealed with (any more). */
export class DataKeyChangedError extends Error {
  constructor(instanceKeyId: string | null, databaseKeyId: string | null) {
    super(
      `documents in PostgreSQL are sealed with ${describeKey(databaseKeyId)}, but this instance runs with ${describeKey(instanceKeyId)}: ` +
        'restart it with the DATA_KEY (and DATA_KEY_PREVIOUS) the other instances use',
    );
    this.name = 'DataKeyChangedError';
  }
}

export const describeKey = (keyId: string | null): string => (keyId ? `data key ${keyId}` : 'no data key (stored plain)');

const plainCipher = new BlobCipher(null);
const noneHeld: HeldContent = { seqs: [], snapshotDigests: [] };

/** What loading needs: a pool, or one connection inside a transaction (the copy tool verifies there). */
export interface DocumentQueryable {
  query<R extends QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/**
 * One document as stored: its snapshot and the updates after it. Updates are numbered without
 * gaps, and a missing one refuses the document instead of serving it incomplete. Blobs are
 * opened with `cipher`: with a key, a blob that is plain or sealed under a key it lacks refuses
 * the document (BlobCipherError) instead of serving it empty, as on SQLite.
 */
export async function loadStoredDocument(db: DocumentQueryable, name: string, cipher: BlobCipher = plainCipher): Promise<StoredDocument> {
  const { rows } = await db.query<LoadRow>(loadSql, [workspaceOf(name), name]);
  const head = rows[0]?.part === 0 ? rows[0] : undefined;
  const updateRows = head ? rows.slice(1) : rows;
  if (!head) {
    if (updateRows.length > 0) throw new DamagedDocumentError(name, 'updates without a document row');
    return { snapshot: null, updates: [], lastSeq: 0 };
  }
  const snapshotSeq = Number(head.seq);
  const lastSeq = Number(head.last_seq);
  let expected = snapshotSeq;
  for (const row of updateRows) {
    expected += 1;
    if (Number(row.seq) !== expected || row.data === null) throw new DamagedDocumentError(name, `update ${expected} is missing`);
  }
  if (expected !== lastSeq) throw new DamagedDocumentError(name, `updates after ${expected} are missing`);
  const open = (data: Buffer) => cipher.open(asBytes(data), name, cipher.encrypts);
  return {
    snapshot: head.data ? open(head.data) : null,
    updates: updateRows.map((row) => open(row.data!)),
    lastSeq,
  };
}

/**
 * Documents in PostgreSQL, for several instances sharing one database. Same guarantees as the
 * SQLite store: an append resolves only after its commit (synchronous_commit is forced on),
 * a batch is one transaction, and compaction never drops an update it has not folded in.
 *
 * Updates of one document are numbered 1, 2, 3... without gaps; loading checks that and
 * refuses a document with a missing row instead of serving it incomplete.
 *
 * Every blob passes through the cipher, as on SQLite: sealed with `DATA_KEY` bound to the
 * document name when one is set, plain otherwise. The start-up pass `sealStoredDocuments` has
 * brought every row to that form and recorded the key in `data_encryption`; appends and
 * compactions check that record, so an instance on another key refuses to write.
 */
export class PostgresDocumentStore implements DocumentStore {
  private readonly keyId: string | null;

  constructor(
    private readonly pool: Pool,
    private readonly cipher: BlobCipher = plainCipher,
  ) {
    this.keyId = cipher.current?.id ?? null;
  }

  loadDocument(name: string): Promise<StoredDocument> {
    return loadStoredDocument(this.pool, name, this.cipher);
  }

  appendUpdate(name: string, update: Uint8Array): Promise<number> {
    return this.appendUpdates(name, [update]);
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<number> {
    const data = updates.map((update) => asBuffer(this.cipher.seal(update, name)));
    const { rows } = await this.pool.query<{ last_seq: string }>(appendSql, [workspaceOf(name), name, data, updates.length, this.keyId]);
    if (rows.length === 0) throw new DataKeyChangedError(this.keyId, await this.recordedKeyId());
    return Number(rows[0]!.last_seq);
  }

  /**
   * Folds the updates through `throughSeq` into the snapshot. Several instances may hold the
   * same document open, and one's snapshot can lack an update another appended a moment ago
   * (its relay message still in flight). So under the document row's lock (which also holds
   * off appends and other compactions of this document until the commit) the stored snapshot
   * and every replaced update the caller does not vouch for (`held`) are checked, and
   * whatever of them the new snapshot does not provably hold is merged into it. Usually that
   * is nothing: the room's snapshot is stored as it is, without applying anything to a Y.Doc.
   */
  async writeSnapshot(name: string, snapshot: Uint8Array, throughSeq: number, held: HeldContent = noneHeld): Promise<void> {
    const workspaceId = workspaceOf(name);
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // Taken first: a re-sealing start waits for this compaction, or this one sees its new key.
      const sealedWith = (await client.query<{ key_id: string | null }>('SELECT key_id FROM data_encryption WHERE id = 1 FOR SHARE')).rows[0]?.key_id ?? null;
      if (sealedWith !== this.keyId) throw new DataKeyChangedError(this.keyId, sealedWith);
      await client.query('INSERT INTO documents (workspace_id, name) VALUES ($1, $2) ON CONFLICT DO NOTHING', [workspaceId, name]);
      const head = (
        await client.query<HeadRow>(
          'SELECT snapshot, snapshot_seq, last_seq FROM documents WHERE workspace_id = $1 AND name = $2 FOR UPDATE',
          [workspaceId, name],
        )
      ).rows[0]!;
      const storedSeq = Number(head.snapshot_seq);
      if (throughSeq > Number(head.last_seq)) throw new Error(`snapshot through ${throughSeq} of ${name} is past its last update`);
      const through = Math.max(storedSeq, throughSeq);
      const unvouched = rangesNotHeld(held.seqs, storedSeq, through);
      const replaced =
        unvouched.length === 0
          ? []
          : (
              await client.query<{ data: Buffer }>(
                `SELECT u.data FROM unnest($3::bigint[], $4::bigint[]) AS r(first, last)
                   JOIN document_updates u ON u.workspace_id = $1 AND u.doc_name = $2 AND u.seq BETWEEN r.first AND r.last
                  ORDER BY u.seq`,
                [workspaceId, name, unvouched.map((range) => range.first), unvouched.map((range) => range.last)],
              )
            ).rows;
      const open = (data: Buffer) => this.cipher.open(asBytes(data), name, this.cipher.encrypts);
      const stored = head.snapshot ? open(head.snapshot) : null;
      const storedHeld = stored === null || held.snapshotDigests.includes(snapshotDigest(stored));
      const folded = foldIntoSnapshot(snapshot, [...(storedHeld ? [] : [stored]), ...replaced.map((row) => open(row.data))]);
      await client.query(
        'UPDATE documents SET snapshot = $3, snapshot_seq = $4, updated_at = now() WHERE workspace_id = $1 AND name = $2',
        [workspaceId, name, asBuffer(this.cipher.seal(folded, name)), through],
      );
      await client.query('DELETE FROM document_updates WHERE workspace_id = $1 AND doc_name = $2 AND seq <= $3', [
        workspaceId,
        name,
        through,
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  private async recordedKeyId(): Promise<string | null> {
    const { rows } = await this.pool.query<{ key_id: string | null }>('SELECT key_id FROM data_encryption WHERE id = 1');
    return rows[0]?.key_id ?? null;
  }

  /**
   * Whether this instance can serve documents: the database answers, and the documents are
   * sealed with this instance's key. An instance left on the old key after a rotation refuses
   * every edit, so it reports itself unable to serve and the proxy sends its sockets elsewhere.
   */
  async ping(): Promise<DatabaseHealth> {
    try {
      return (await this.recordedKeyId()) === this.keyId ? 'up' : 'other_data_key';
    } catch {
      return 'down';
    }
  }

  async close(): Promise<void> {
    if (!this.pool.ended && !this.pool.ending) await this.pool.end();
  }
}
