import type Database from 'better-sqlite3';
import type { BlobCipher } from '../BlobCipher';

interface SnapshotRow {
  name: string;
  snapshot: Buffer;
}

interface UpdateRow {
  seq: number;
  doc_name: string;
  data: Buffer;
}

const batchSize = 200;

/**
 * Brings every stored document blob into the form the configured key writes: sealed under
 * `DATA_KEY` (opening older blobs with `DATA_KEY_PREVIOUS`, or plain ones), or plain when no
 * key is set (decrypting with `DATA_KEY_PREVIOUS`). Runs at start, before any room opens.
 *
 * The key id last applied is remembered in `data_encryption`, so a normal start costs one
 * query; the full pass runs only when the key changed. Each batch commits on its own: an
 * interrupted pass resumes where it stopped (blobs already in the current form are skipped).
 * A blob whose key is not configured stops the start with a clear error, rather than serving
 * a document that cannot be read.
 *
 * Returns the number of blobs rewritten.
 */
export function reencryptDocuments(db: Database.Database, cipher: BlobCipher): number {
  const target = cipher.current?.id ?? null;
  const recorded = db.prepare<[], { key_id: string | null }>('SELECT key_id FROM data_encryption WHERE id = 1').get();
  // No row: a data folder from before encryption existed, so its blobs are plain.
  if ((recorded?.key_id ?? null) === target) return 0;

  // The old form of a rewritten blob must not survive in freed pages of the file.
  db.pragma('secure_delete = ON');
  let rewritten = 0;
  const snapshots = db.prepare<[string, number], SnapshotRow>(
    'SELECT name, snapshot FROM documents WHERE snapshot IS NOT NULL AND name > ? ORDER BY name LIMIT ?',
  );
  const setSnapshot = db.prepare<[Uint8Array, string]>('UPDATE documents SET snapshot = ? WHERE name = ?');
  let lastName = '';
  for (;;) {
    const rows = snapshots.all(lastName, batchSize);
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const row of rows) {
        if (cipher.isCurrent(row.snapshot)) continue;
        setSnapshot.run(cipher.seal(cipher.open(row.snapshot, row.name), row.name), row.name);
        rewritten += 1;
      }
    })();
    lastName = rows[rows.length - 1]!.name;
  }

  const updates = db.prepare<[number, number], UpdateRow>('SELECT seq, doc_name, data FROM document_updates WHERE seq > ? ORDER BY seq LIMIT ?');
  const setUpdate = db.prepare<[Uint8Array, number]>('UPDATE document_updates SET data = ? WHERE seq = ?');
  let lastSeq = 0;
  for (;;) {
    const rows = updates.all(lastSeq, batchSize);
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const row of rows) {
        if (cipher.isCurrent(row.data)) continue;
        setUpdate.run(cipher.seal(cipher.open(row.data, row.doc_name), row.doc_name), row.seq);
        rewritten += 1;
      }
    })();
    lastSeq = rows[rows.length - 1]!.seq;
  }

  db.prepare('INSERT INTO data_encryption (id, key_id, applied_at) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET key_id = excluded.key_id, applied_at = excluded.applied_at').run(
    target,
    new Date().toISOString(),
  );
  // Old forms of the blobs may linger in unused space inside pages (rows deleted before
  // secure_delete was on) and in the write-ahead log: rebuild the file from its live rows only
  // (in memory, so no copy lands in a temporary file) and empty the log.
  db.pragma('temp_store = MEMORY');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return rewritten;
}
