import type pg from 'pg';
import type { BlobCipher } from '../BlobCipher';
import { BlobCipherError, isSealed } from '../BlobCipher';
import { workspaceOf } from '../postgres/PostgresDocumentStore';
import { batchLimits, cellBytes, insertStatement, type CellValue } from './batches';
import { DocumentFingerprint } from './documentFingerprint';
import { CopyRefusedError, type CopySource } from './openSource';

export interface DocumentsCopied {
  readonly documents: number;
  readonly updates: number;
  readonly bytes: number;
  /** Blobs sealed with DATA_KEY, copied sealed as stored. */
  readonly sealed: number;
  /** Each document's fingerprint as loaded from the source, for the check on the target. */
  readonly fingerprints: ReadonlyMap<string, string>;
}

interface HeadRow {
  snapshot: Buffer | null;
  snapshot_seq: number;
  updated_at: string;
}

const asBytes = (buffer: Buffer): Uint8Array => new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
const namesPerPage = 200;

/**
 * Copies every document: its snapshot and the updates appended after it, each as the bytes
 * the server stored. SQLite numbers updates across all documents; PostgreSQL numbers each
 * document's updates 1, 2, 3... and refuses a gap, so they are renumbered in their order, after
 * a snapshot at 0. Updates already folded into the snapshot are not in SQLite any more.
 *
 * Every blob is copied byte for byte, sealed or not: the PostgreSQL store seals with DATA_KEY
 * bound to the document name exactly as SQLite does, so a sealed blob opens there unchanged.
 * The target records the key the source recorded. Sealed blobs are opened here only to
 * fingerprint what the document holds, never written opened.
 */
export async function copyDocuments(source: CopySource, client: pg.PoolClient, cipher: BlobCipher): Promise<DocumentsCopied> {
  const pageOfNames = source.db.prepare<[string], { name: string }>(
    `SELECT name FROM (SELECT name FROM documents UNION SELECT doc_name AS name FROM document_updates)
      WHERE name > ? ORDER BY name LIMIT ${namesPerPage}`,
  );
  const readHead = source.db.prepare<[string], HeadRow>('SELECT snapshot, snapshot_seq, updated_at FROM documents WHERE name = ?');
  const countUpdates = source.db.prepare<[string, number], { count: number }>('SELECT count(*) AS count FROM document_updates WHERE doc_name = ? AND seq > ?');
  const readUpdates = source.db.prepare<[string, number], { seq: number; data: Buffer; created_at: string }>(
    'SELECT seq, data, created_at FROM document_updates WHERE doc_name = ? AND seq > ? ORDER BY seq',
  );
  const totals = { documents: 0, updates: 0, bytes: 0, sealed: 0 };
  const fingerprints = new Map<string, string>();
  const read = (blob: Buffer, name: string): Uint8Array => {
    if (isSealed(blob)) totals.sealed += 1;
    return openBlob(cipher, blob, name);
  };
  await client.query('UPDATE data_encryption SET key_id = $1, applied_at = $2 WHERE id = 1', [source.sealedWithKeyId, new Date().toISOString()]);

  let after = '';
  for (;;) {
    const names = pageOfNames.all(after).map((row) => row.name);
    if (names.length === 0) break;
    after = names[names.length - 1]!;
    for (const name of names) {
      const fingerprint = new DocumentFingerprint();
      const head = readHead.get(name);
      const snapshotSeq = head?.snapshot_seq ?? 0;
      const snapshot = head?.snapshot ?? null;
      if (snapshot) fingerprint.apply(read(snapshot, name));
      const updateCount = countUpdates.get(name, snapshotSeq)!.count;
      await client.query(
        `INSERT INTO documents (workspace_id, name, snapshot, snapshot_seq, last_seq, updated_at) VALUES ($1, $2, $3, 0, $4, COALESCE($5::timestamptz, now()))`,
        [workspaceOf(name), name, snapshot, updateCount, head?.updated_at ?? null],
      );
      totals.bytes += snapshot?.byteLength ?? 0;

      let lastSourceSeq = snapshotSeq;
      let targetSeq = 0;
      for (;;) {
        const batch: CellValue[][] = [];
        let batchBytes = 0;
        for (const row of readUpdates.iterate(name, lastSourceSeq)) {
          lastSourceSeq = row.seq;
          targetSeq += 1;
          const data = row.data;
          fingerprint.apply(read(data, name));
          batch.push([workspaceOf(name), name, targetSeq, data, row.created_at]);
          batchBytes += cellBytes(data);
          if (batch.length >= batchLimits.rows || batchBytes >= batchLimits.bytes) break;
        }
        if (batch.length === 0) break;
        const { text, values } = insertStatement('document_updates', ['workspace_id', 'doc_name', 'seq', 'data', 'created_at'], batch, false);
        await client.query(text, values);
        totals.updates += batch.length;
        totals.bytes += batchBytes;
      }
      if (targetSeq !== updateCount) throw new Error(`document ${name} changed while it was read (${updateCount} updates counted, ${targetSeq} read)`);
      fingerprints.set(name, fingerprint.finish());
      totals.documents += 1;
    }
  }
  return { ...totals, fingerprints };
}

function openBlob(cipher: BlobCipher, blob: Buffer, name: string): Uint8Array {
  try {
    return cipher.open(asBytes(blob), name);
  } catch (error) {
    if (error instanceof BlobCipherError) {
      throw new CopyRefusedError(`document ${name} cannot be opened: ${error.message}. Run the copy with the DATA_KEY (and DATA_KEY_PREVIOUS) the server runs with`);
    }
    throw error;
  }
}
