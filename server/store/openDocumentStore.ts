import type Database from 'better-sqlite3';
import type { Config } from '../config';
import type { Logger } from '../logger';
import type { BlobCipher } from './BlobCipher';
import type { DocumentStore } from './DocumentStore';
import { PostgresDocumentStore } from './postgres/PostgresDocumentStore';
import { SqliteDocumentStore } from './sqlite/SqliteDocumentStore';

export interface OpenedDocumentStore {
  readonly store: DocumentStore;
  readonly engine: 'sqlite' | 'postgres';
  /** Whether the store answers right now; for /healthz. */
  healthy(): Promise<boolean>;
}

/**
 * Documents go to PostgreSQL when DATABASE_URL is set (so several instances share them) and to
 * the embedded SQLite file otherwise. Everything else still lives in SQLite for now. DATA_KEY
 * encryption applies to the SQLite store; PostgreSQL deployments rely on encrypted volumes.
 */
export async function openDocumentStore(config: Config, db: Database.Database, cipher: BlobCipher, logger: Logger): Promise<OpenedDocumentStore> {
  if (!config.databaseUrl) {
    return { store: new SqliteDocumentStore(db, cipher), engine: 'sqlite', healthy: async () => db.open };
  }
  // The pg driver loads only here: a SQLite deployment does not carry it (about 4 MiB of RSS).
  const { openPostgres } = await import('./postgres/openPostgres');
  const store = new PostgresDocumentStore(await openPostgres({ connectionString: config.databaseUrl, logger }));
  return { store, engine: 'postgres', healthy: () => store.ping() };
}
