import net from 'node:net';
import pg from 'pg';
import { describe, it } from 'vitest';

/** PostgreSQL the scale-out tests use: the machine's own at its standard port unless told otherwise. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const inCi = process.env.CI === 'true' || process.env.CI === '1';

export async function postgresReachable(url = testDatabaseUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A plain PING over TCP, so probing needs no client library state. */
export function redisReachable(url = testRedisUrl): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

/**
 * Registers a suite that needs an external service. Where the service is missing the suite
 * is reported as not run (a skipped entry that names the cause); under CI=true a missing
 * service is a failure instead, so CI can never pass without having run it.
 */
export function describeWithService(service: string, reachable: boolean, name: string, suite: () => void): void {
  if (reachable) {
    describe(name, suite);
    return;
  }
  if (inCi) {
    describe(name, () => {
      it(`needs ${service}`, () => {
        throw new Error(`${service} is not reachable, and CI=true requires the ${service} suites to run`);
      });
    });
    return;
  }
  process.stderr.write(`\n[not run] ${name}: ${service} is not reachable on this machine\n`);
  describe.skip(`${name} (not run: ${service} not reachable)`, suite);
}

let schemaCounter = 0;

/** A fresh, empty schema in the test database; `drop()` removes it and everything in it. */
export async function freshSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  schemaCounter += 1;
  const schema = `t_${process.pid}_${schemaCounter}_${Math.random().toString(36).slice(2, 8)}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
