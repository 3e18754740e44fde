import { sql, type Kysely } from 'kysely';
import { createLogger } from '../../server/logger';
import type { Database } from '../../server/data/Database';
import { openDataLayer } from '../../server/data/openDataLayer';
import { BlobCipher } from '../../server/store/BlobCipher';
import type { DocumentStore } from '../../server/store/DocumentStore';
import { openDocumentStore } from '../../server/store/openDocumentStore';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { databaseUrlForDataDir } from './testEngine';

export interface ServerDatabase {
  /** The repositories' tables, through the same query builder the server uses. */
  readonly db: Kysely<Database>;
  /** The documents, through the same store the server uses (unencrypted, as test servers run). */
  readonly documents: DocumentStore;
  readonly engine: 'sqlite' | 'postgres';
}

export interface OpenedServerDatabase extends ServerDatabase {
  close(): Promise<void>;
}

/**
 * Opens what a test server started on `dataDir` stores into, whichever engine it runs on (the
 * SQLite file, or its schema under TEST_ENGINE=postgres), so a test can put rows there that
 * the server's own routes would never write (an old version, a damaged update, an attacker's
 * edit) or read back what the server left behind, on both engines alike.
 */
export async function openServerDatabase(dataDir: string): Promise<OpenedServerDatabase> {
  const sqlite = openDatabase(dataDir);
  const closeSqlite = () => {
    if (sqlite.open) sqlite.close();
  };
  try {
    const logger = createLogger('silent');
    const data = await openDataLayer({ databaseUrl: databaseUrlForDataDir(dataDir) }, sqlite, logger);
    const { store, engine } = await openDocumentStore(data, sqlite, new BlobCipher(null), logger);
    return {
      db: data.db,
      documents: store,
      engine,
      close: async () => {
        try {
          // As the server shuts down: the store first (its log checkpoints), then the rest.
          await store.close();
          await data.close();
        } finally {
          closeSqlite();
        }
      },
    };
  } catch (error) {
    closeSqlite();
    throw error;
  }
}

/** openServerDatabase for the length of `use`. */
export async function withServerDatabase<T>(dataDir: string, use: (opened: ServerDatabase) => Promise<T>): Promise<T> {
  const opened = await openServerDatabase(dataDir);
  try {
    return await use(opened);
  } finally {
    await opened.close();
  }
}

/**
 * What an attacker with direct database access does first: drops the trigger that refuses
 * updates (or deletes) of audit rows. SQLite has one trigger for each; PostgreSQL one for both.
 */
export async function dropAuditTrigger({ db, engine }: ServerDatabase, guarding: 'update' | 'delete'): Promise<void> {
  const statement = engine === 'postgres' ? sql`DROP TRIGGER IF EXISTS audit_events_no_update ON audit_events` : sql.raw(`DROP TRIGGER audit_events_no_${guarding}`);
  await statement.execute(db);
}
