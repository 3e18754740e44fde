import type Database from 'better-sqlite3';
import type { BlobCipher } from './BlobCipher';
import type { DocumentStore } from './DocumentStore';
import { PostgresDocumentStore } from './postgres/PostgresDocumentStore';
import type { DataLayer } from '../data/openDataLayer';
import { SqliteDocumentStore } from './sqlite/SqliteDocumentStore';
import { WalCheckpointer } from './sqlite/walCheckpointer';
import type { Logger } from '../logger';

export interface OpenedDocumentStore {
  readonly store: DocumentStore;
  readonly engine: 'sqlite' | 'postgres';
  /** Whether the store answers right now; for /healthz. */
  healthy(): Promise<boolean>;
}

/**
 * Documents go to PostgreSQL when DATABASE_URL is set (so several instances share them) and to
 * the embedded SQLite file otherwise, beside everything else (see openDataLayer). DATA_KEY
 * encryption applies to the SQLite store; PostgreSQL deployments rely on encrypted volumes.
 */
export async function openDocumentStore(data: DataLayer, db: Database.Database, cipher: BlobCipher, logger: Logger): Promise<OpenedDocumentStore> {
  if (!data.pool) {
    const store = new SqliteDocumentStore(db, cipher, new WalCheckpointer(db, logger));
    return { store, engine: 'sqlite', healthy: async () => db.open };
  }
  const store = new PostgresDocumentStore(data.pool);
  return { store, engine: 'postgres', healthy: () => store.ping() };
}
