import type Database from 'better-sqlite3';
import type { BlobCipher } from './BlobCipher';
import type { DatabaseHealth, DocumentStore } from './DocumentStore';
import { PostgresDocumentStore } from './postgres/PostgresDocumentStore';
import { sealStoredDocuments } from './postgres/sealStoredDocuments';
import type { DataLayer } from '../data/openDataLayer';
import { SqliteDocumentStore } from './sqlite/SqliteDocumentStore';
import { WalCheckpointer } from './sqlite/walCheckpointer';
import type { Logger } from '../logger';

export interface OpenedDocumentStore {
  readonly store: DocumentStore;
  readonly engine: 'sqlite' | 'postgres';
  /** Whether the store answers right now; for /healthz. */
  healthy(): Promise<DatabaseHealth>;
  /** Blobs the start re-sealed in PostgreSQL because DATA_KEY changed (SQLite's pass runs before, in main). */
  readonly resealed: number;
}

/**
 * Documents go to PostgreSQL when DATABASE_URL is set (so several instances share them) and to
 * the embedded SQLite file otherwise, beside everything else (see openDataLayer). Both seal
 * every blob with DATA_KEY. On PostgreSQL the rows are first brought to this instance's key
 * (or it refuses to start when its keys cannot open them), under the migrations' lock.
 */
export async function openDocumentStore(data: DataLayer, db: Database.Database, cipher: BlobCipher, logger: Logger): Promise<OpenedDocumentStore> {
  if (!data.pool) {
    const store = new SqliteDocumentStore(db, cipher, new WalCheckpointer(db, logger));
    return { store, engine: 'sqlite', healthy: async () => (db.open ? 'up' : 'down'), resealed: 0 };
  }
  const resealed = await sealStoredDocuments(data.pool, cipher);
  const store = new PostgresDocumentStore(data.pool, cipher);
  return { store, engine: 'postgres', healthy: () => store.ping(), resealed };
}
