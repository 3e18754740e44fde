import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** Distinct query texts kept prepared; lists of varying length make more texts than a server has queries. */
const defaultCapacity = 500;

/**
 * The SQLite connection as Kysely sees it, preparing each query text once instead of on every
 * call. Kysely's SQLite driver prepares a fresh statement per query, and each one holds native
 * memory that is freed only when V8 collects the statement object, which V8 does not know is
 * heavy: a busy server's RSS crept up outside the JavaScript heap, and every query paid for
 * SQLite compiling its text again. Statements are kept in least-recently-used order and bound
 * anew on each call; one still being iterated (a streamed query) is never handed out twice,
 * a fresh one is prepared beside it.
 */
export function preparedOnce(connection: BetterSqlite3.Database, capacity = defaultCapacity): SqliteDatabase {
  const statements = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => connection.close(),
    prepare(sql: string) {
      const kept = statements.get(sql);
      if (kept?.busy) return connection.prepare(sql);
      if (kept) {
        // Most recently used last, so the first key is the one to drop.
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = connection.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}
