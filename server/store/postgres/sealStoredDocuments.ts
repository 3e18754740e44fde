import type { Pool, PoolClient } from 'pg';
import type { BlobCipher } from '../BlobCipher';
import { withMigrationLock } from './migrations';
import { describeKey } from './PostgresDocumentStore';

interface RecordedKey {
  key_id: string | null;
  applied_at: string | null;
}

interface SnapshotRow {
  workspace_id: string;
  name: string;
  snapshot: Buffer;
}

interface UpdateRow {
  workspace_id: string;
  doc_name: string;
  seq: number;
  data: Buffer;
}

const batchSize = 200;

/** This instance's keys cannot open what the database is sealed with: starting would split the cluster. */
export class DataKeyMismatchError extends Error {
  constructor(databaseKeyId: string, instanceKeyId: string | null) {
    super(
      `documents in PostgreSQL are sealed with ${describeKey(databaseKeyId)}, and this instance has ${describeKey(instanceKeyId)} ` +
        `and no DATA_KEY_PREVIOUS for it: start it with the DATA_KEY the other instances use, or to change keys set DATA_KEY_PREVIOUS to the old key`,
    );
    this.name = 'DataKeyMismatchError';
  }
}

/**
 * The PostgreSQL counterpart of SQLite's `reencryptDocuments`, run at start before any room
 * opens: brings every document snapshot and update into the form this instance writes (sealed
 * under DATA_KEY, or plain without one), opening older rows with DATA_KEY_PREVIOUS.
 *
 * Instances share one database, so it runs under the migrations' advisory lock (instances
 * starting together take turns; the later ones find the key recorded and skip), and an
 * instance whose keys cannot open what the database is sealed with refuses to start.
 *
 * The new key is recorded first, with `applied_at` null until the pass ends: from that commit
 * on, instances still on the old key refuse appends and compactions (they check the record),
 * and appends already under way finish before it (the SHARE lock waits for them), so the pass
 * sees every row written under the old key. An interrupted pass resumes at the next start.
 *
 * Returns the number of blobs rewritten.
 */
export async function sealStoredDocuments(pool: Pool, cipher: BlobCipher): Promise<number> {
  const target = cipher.current?.id ?? null;
  return withMigrationLock(pool, async (client) => {
    const recorded = (await client.query<RecordedKey>('SELECT key_id, applied_at FROM data_encryption WHERE id = 1')).rows[0];
    if (!recorded) throw new Error('data_encryption has no row: the PostgreSQL schema was changed by hand');
    if (recorded.key_id === target && recorded.applied_at !== null) return 0;
    if (recorded.key_id !== target && recorded.key_id !== null && !cipher.opens(recorded.key_id)) {
      throw new DataKeyMismatchError(recorded.key_id, target);
    }

    await client.query('BEGIN');
    try {
      await client.query('UPDATE data_encryption SET key_id = $1, applied_at = NULL WHERE id = 1', [target]);
      await client.query('LOCK TABLE document_updates IN SHARE MODE');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }

    const rewritten = (await resealSnapshots(client, cipher)) + (await resealUpdates(client, cipher));
    await client.query('UPDATE data_encryption SET applied_at = $1 WHERE id = 1', [new Date().toISOString()]);
    return rewritten;
  });
}

const reseal = (cipher: BlobCipher, blob: Buffer, name: string): Buffer => {
  const sealed = cipher.seal(cipher.open(blob, name), name);
  return Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
};

// Each batch commits on its own. A row is replaced only if it still holds the bytes read: a
// compaction by an instance already on the new key may have rewritten it meanwhile.
async function resealSnapshots(client: PoolClient, cipher: BlobCipher): Promise<number> {
  let rewritten = 0;
  let after = { workspace: '', name: '' };
  for (;;) {
    const { rows } = await client.query<SnapshotRow>(
      `SELECT workspace_id, name, snapshot FROM documents
        WHERE snapshot IS NOT NULL AND (workspace_id, name) > ($1, $2) ORDER BY workspace_id, name LIMIT ${batchSize}`,
      [after.workspace, after.name],
    );
    if (rows.length === 0) return rewritten;
    await inTransaction(client, async () => {
      for (const row of rows) {
        if (cipher.isCurrent(row.snapshot)) continue;
        await client.query('UPDATE documents SET snapshot = $3 WHERE workspace_id = $1 AND name = $2 AND snapshot = $4', [
          row.workspace_id,
          row.name,
          reseal(cipher, row.snapshot, row.name),
          row.snapshot,
        ]);
        rewritten += 1;
      }
    });
    const last = rows[rows.length - 1]!;
    after = { workspace: last.workspace_id, name: last.name };
  }
}

async function resealUpdates(client: PoolClient, cipher: BlobCipher): Promise<number> {
  let rewritten = 0;
  let after = { workspace: '', name: '', seq: 0 };
  for (;;) {
    const { rows } = await client.query<UpdateRow>(
      `SELECT workspace_id, doc_name, seq, data FROM document_updates
        WHERE (workspace_id, doc_name, seq) > ($1, $2, $3) ORDER BY workspace_id, doc_name, seq LIMIT ${batchSize}`,
      [after.workspace, after.name, after.seq],
    );
    if (rows.length === 0) return rewritten;
    await inTransaction(client, async () => {
      for (const row of rows) {
        if (cipher.isCurrent(row.data)) continue;
        // Updates never change once written; a compaction may have deleted this one, which is fine.
        await client.query('UPDATE document_updates SET data = $4 WHERE workspace_id = $1 AND doc_name = $2 AND seq = $3', [
          row.workspace_id,
          row.doc_name,
          row.seq,
          reseal(cipher, row.data, row.doc_name),
        ]);
        rewritten += 1;
      }
    });
    const last = rows[rows.length - 1]!;
    after = { workspace: last.workspace_id, name: last.doc_name, seq: last.seq };
  }
}

async function inTransaction(client: PoolClient, work: () => Promise<void>): Promise<void> {
  await client.query('BEGIN');
  try {
    await work();
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
