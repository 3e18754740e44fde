import net from 'node:net';
import type { TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The integration tests that run a second time with every test server on PostgreSQL
 * (TEST_ENGINE=postgres: a fresh schema each). A file joins this list once it passes there.
 */
export const postgresTestFiles = [
  'test/integration/accessControl.test.ts',
  'test/integration/accounts.test.ts',
  'test/integration/accountSecurity.test.ts',
  'test/integration/comments.test.ts',
  'test/integration/invitationActions.test.ts',
  'test/integration/invitations.test.ts',
  'test/integration/language.test.ts',
  'test/integration/notifications.test.ts',
  'test/integration/schedule.test.ts',
  'test/integration/suggestions.test.ts',
  'test/integration/suggestionsRecord.test.ts',
  'test/integration/versions.test.ts',
];

const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const inCi = process.env.CI === 'true' || process.env.CI === '1';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => done(true));
  });
}

/**
 * The `postgres` project where PostgreSQL answers, and always under CI=true (where a missing
 * server then fails the run, as the other scale-out suites do); elsewhere it says it was not run.
 */
export async function postgresProjects(): Promise<TestProjectInlineConfiguration[]> {
  if (!inCi && !(await reachable(testDatabaseUrl))) {
    process.stderr.write(`\n[not run] postgres project: PostgreSQL is not reachable at ${new URL(testDatabaseUrl).host}\n`);
    return [];
  }
  return [
    {
      extends: true,
      test: {
        name: 'postgres',
        // POSTGRES_TEST_FILES (comma-separated) tries other files on PostgreSQL.
        include: process.env.POSTGRES_TEST_FILES?.split(',') ?? postgresTestFiles,
        env: { TEST_ENGINE: 'postgres' },
        setupFiles: ['test/helpers/postgresSetup.ts'],
        maxWorkers: 2,
        sequence: { groupOrder: 2 },
      },
    },
  ];
}
