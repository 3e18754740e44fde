import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './Database';

export type DataLayerDb = Kysely<Database>;

/** Whether this Kysely instance talks to PostgreSQL (the few queries that differ ask this). */
export const isPostgres = (db: Kysely<Database>): boolean => db.getExecutor().adapter instanceof PostgresAdapter;

/**
 * Case-insensitive email match. SQLite declares the column COLLATE NOCASE, so a plain `=`
 * uses its unique index; PostgreSQL has a unique index on lower(email) instead.
 */
export function sameEmail(db: Kysely<Database>, column: string, email: string): RawBuilder<boolean> {
  return isPostgres(db) ? sql<boolean>`lower(${sql.ref(column)}) = lower(${email})` : sql<boolean>`${sql.ref(column)} = ${email}`;
}

/** The larger of two values: `max(a, b)` on SQLite, `greatest(a, b)` on PostgreSQL. */
export function larger<T>(db: Kysely<Database>, a: Expression<T>, b: Expression<T>): RawBuilder<T> {
  return isPostgres(db) ? sql<T>`greatest(${a}, ${b})` : sql<T>`max(${a}, ${b})`;
}

/** Rows an UPDATE or DELETE touched, as a number on both engines. */
export const affected = (result: { numUpdatedRows?: bigint; numDeletedRows?: bigint; numInsertedOrUpdatedRows?: bigint }): number =>
  Number(result.numUpdatedRows ?? result.numDeletedRows ?? result.numInsertedOrUpdatedRows ?? 0n);

/**
 * Runs `work` in one transaction, or inside the caller's when `db` already is one (Kysely
 * transactions do not nest), so a repository method can be composed into a larger unit.
 * Await only queries inside `work`: on SQLite every query shares one connection, so a
 * transaction that waits on anything else holds every other writer up meanwhile.
 */
export function inTransaction<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}
