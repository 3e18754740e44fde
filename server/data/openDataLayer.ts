import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { chainUnchainedRows } from '../audit/auditChain';
import type { Database } from './Database';
import { preparedOnce } from './preparedOnce';

export interface DataLayer {
  /** Every repository's queries go through this one builder, whichever the engine. */
  readonly db: Kysely<Database>;
  readonly engine: 'sqlite' | 'postgres';
  /** The PostgreSQL pool (shared with the document store); null on SQLite. */
  readonly pool: pg.Pool | null;
  /** Ends the PostgreSQL pool; the SQLite connection is closed by whoever opened it. */
  close(): Promise<void>;
}

/**
 * The repositories' database: PostgreSQL when DATABASE_URL is set (migrated at start under an
 * advisory lock, refusing a schema newer than the code), otherwise the embedded SQLite file
 * the caller opened and migrated (the same connection the SQLite document store uses).
 */
export async function openDataLayer(config: Pick<Config, 'databaseUrl'>, sqlite: BetterSqlite3.Database, logger: Logger): Promise<DataLayer> {
  if (!config.databaseUrl) {
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
    // Rows from before the audit chain existed are linked once, before anything new is appended.
    await chainUnchainedRows(db);
    // Kysely's destroy() would close the shared connection; the opener closes it instead.
    return { db, engine: 'sqlite', pool: null, close: async () => undefined };
  }
  // pg loads only with DATABASE_URL: a single SQLite instance does not carry it.
  const { openPostgres } = await import('../store/postgres/openPostgres');
  const pool = await openPostgres({ connectionString: config.databaseUrl, logger });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  // The document store may have ended the shared pool already; ending it twice throws.
  const close = async () => {
    if (!pool.ended && !pool.ending) await pool.end();
  };
  return { db, engine: 'postgres', pool, close };
}
