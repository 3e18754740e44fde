import pg from 'pg';
import type { Logger } from '../../logger';
import { errorFields } from '../../logger';
import { migratePostgres } from './migrations';

export interface PostgresOptions {
  readonly connectionString: string;
  /**
   * A schema to keep the tables in (created if missing); tests use one each. Also read from a
   * `?schema=` parameter of the URL. Default: the server's search_path.
   */
  readonly schema?: string;
  readonly logger: Logger;
  readonly maxConnections?: number;
}

const int8Oid = 20;
const parseInt8 = (value: string): number => Number(value);

const schemaPattern = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Opens a connection pool and runs the migrations before anything is served. Fails at start
 * (not on the first edit) when PostgreSQL is unreachable or its schema is newer than the code.
 */
export async function openPostgres(options: PostgresOptions): Promise<pg.Pool> {
  const url = new URL(options.connectionString);
  const schema = options.schema ?? (url.searchParams.get('schema') || undefined);
  url.searchParams.delete('schema');
  if (schema !== undefined && !schemaPattern.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url.toString(),
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5_000,
    // BIGINT (ids, counts) as JS numbers, as SQLite gives them: every value here stays far
    // below 2^53. Only this pool's connections parse so; other pg users are unaffected.
    types: { getTypeParser: (oid: number, format?: string) => (oid === int8Oid ? parseInt8 : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
    // Each commit waits for its WAL flush whatever the server default: rooms broadcast an
    // update only once the store says it is durable.
    options: `-c synchronous_commit=on${schema ? ` -c search_path=${schema}` : ''}`,
  });
  // An idle connection dropped by the server emits here; unhandled, it would end the process.
  pool.on('error', (error) => options.logger.warn('postgres connection lost', errorFields(error)));
  try {
    if (schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}
