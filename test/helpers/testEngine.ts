import { createHash } from 'node:crypto';
import path from 'node:path';

const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/**
 * TEST_ENGINE=postgres (the `postgres` test project, `npm run test:postgres`) runs every test
 * server on PostgreSQL, each data folder in its own schema of the test database.
 */
export const testEngine: 'sqlite' | 'postgres' = process.env.TEST_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

/** Schemas this test file's servers used; postgresSetup.ts drops them after the file. */
export const schemasInUse = new Set<string>();

/**
 * The PostgreSQL a server started on `dataDir` uses under TEST_ENGINE=postgres (null on
 * SQLite): one schema per data folder, so a server restarted on the same folder (a kill -9
 * test) finds its data again, and a folder seeded before the start is seeded there.
 */
export function databaseUrlForDataDir(dataDir: string): string | null {
  if (testEngine !== 'postgres') return null;
  const schema = `t_dir_${createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 20)}`;
  schemasInUse.add(schema);
  return `${testDatabaseUrl}?schema=${schema}`;
}
