import pg from 'pg';
import { afterAll } from 'vitest';
import { schemasInUse } from './testEngine';

const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

// After each file of the `postgres` project (and after its own afterAll hooks have stopped its
// servers), the schemas its servers used are dropped, so the test database does not grow.
afterAll(async () => {
  if (schemasInUse.size === 0) return;
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    for (const schema of schemasInUse) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    schemasInUse.clear();
  } finally {
    await client.end();
  }
});
