import net from 'node:net';
import { defineConfig, type TestProjectInlineConfiguration, type ViteUserConfig } from 'vitest/config';

/**
 * The integration and browser tests that run a second time with every test server on PostgreSQL
 * (TEST_ENGINE=postgres: one schema per data folder). A file joins this list once it passes there.
 *
 * Every other file in test/integration is left out on purpose:
 * - dataLayer, storeContract: run their contract against SQLite and PostgreSQL themselves.
 * - postgresServer, cluster, clusterDiscussion, proxy: their servers are given PostgreSQL (and
 *   Redis) directly, so a second run would repeat the same thing.
 * - relayStorage: its PostgreSQL part is a cluster on PostgreSQL already; the other part checks
 *   the Redis relay between two instances that each keep their own store, whatever the engine.
 * - sharedLimits: the limiters and socket cap on Redis; its only servers are a PostgreSQL cluster.
 */
const postgresTestFiles = [
  'test/integration/accessControl.test.ts',
  'test/integration/accounts.test.ts',
  'test/integration/accountSecurity.test.ts',
  'test/integration/authorship.test.ts',
  'test/integration/badInput.test.ts',
  'test/integration/caseload.test.ts',
  'test/integration/caseloadSummaries.test.ts',
  'test/integration/collab.test.ts',
  'test/integration/commentClientIds.test.ts',
  'test/integration/comments.test.ts',
  'test/integration/concurrentWrites.test.ts',
  'test/integration/consentScope.test.ts',
  'test/integration/demoWeek.test.ts',
  'test/integration/durability.test.ts',
  'test/integration/export.test.ts',
  'test/integration/exportLanguage.test.ts',
  'test/integration/exportTranslations.test.ts',
  'test/integration/historyItems.test.ts',
  'test/integration/invitationActions.test.ts',
  'test/integration/invitations.test.ts',
  'test/integration/language.test.ts',
  'test/integration/mailDates.test.ts',
  'test/integration/meetingDecisions.test.ts',
  'test/integration/notifications.test.ts',
  'test/integration/planDocument.test.ts',
  'test/integration/presenceBatchEcho.test.ts',
  'test/integration/presenceEcho.test.ts',
  'test/integration/progress.test.ts',
  'test/integration/requestIds.test.ts',
  'test/integration/schedule.test.ts',
  'test/integration/scheduleLimits.test.ts',
  'test/integration/scheduleReminders.test.ts',
  'test/integration/serverReceipt.test.ts',
  'test/integration/serviceLogReport.test.ts',
  'test/integration/staticAssets.test.ts',
  'test/integration/suggestingEnforced.test.ts',
  'test/integration/suggestions.test.ts',
  'test/integration/suggestionsRecord.test.ts',
  'test/integration/teamCoverage.test.ts',
  'test/integration/traceReplay.test.ts',
  'test/integration/translations.test.ts',
  'test/integration/versionCompareParts.test.ts',
  'test/integration/versionMeeting.test.ts',
  'test/integration/versions.test.ts',
  // Every browser test: their servers start through startTestServer, so they follow TEST_ENGINE.
  'test/e2e/**/*.test.ts',
];

/**
 * The attacks (test/security) that run a second time with their servers on PostgreSQL. Left out:
 * - atRest: DATA_KEY encryption and the file modes of the SQLite file, its log and shared
 *   memory (PostgreSQL deployments rely on encrypted volumes, docs/operations.md).
 * - auditChainUpgrade: chaining audit rows of a data folder from before the chain, which only
 *   SQLite folders can be.
 */
const postgresAttackFiles = [
  'test/security/accounts.test.ts',
  'test/security/accountsLimiter.test.ts',
  'test/security/audit.test.ts',
  'test/security/auditLogPage.test.ts',
  'test/security/bodies.test.ts',
  'test/security/collabAuthorship.test.ts',
  'test/security/device.test.ts',
  'test/security/exports.test.ts',
  'test/security/origin.test.ts',
  'test/security/quotas.test.ts',
  'test/security/signers.test.ts',
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
 * POSTGRES_TEST_FILES (comma-separated) tries other files on PostgreSQL instead of the lists:
 * files under test/security go to `attacks-postgres`, the others to `postgres`.
 */
function includeOnPostgres(listed: readonly string[], isAttack: boolean): string[] {
  const tried = process.env.POSTGRES_TEST_FILES?.split(',').filter((file) => file.includes('test/security/') === isAttack);
  if (tried === undefined) return [...listed];
  // An empty include would fall back to vitest's default pattern (every test file).
  return tried.length > 0 ? tried : ['test/no-such-file'];
}

/**
 * The `postgres` and `attacks-postgres` projects where PostgreSQL answers, and always under
 * CI=true (where a missing server then fails the run, as the other scale-out suites do);
 * elsewhere they say they were not run.
 */
async function postgresProjects(): Promise<TestProjectInlineConfiguration[]> {
  if (!inCi && !(await reachable(testDatabaseUrl))) {
    process.stderr.write(`\n[not run] postgres and attacks-postgres projects: PostgreSQL is not reachable at ${new URL(testDatabaseUrl).host}\n`);
    return [];
  }
  return [
    {
      extends: true,
      test: {
        name: 'postgres',
        include: includeOnPostgres(postgresTestFiles, false),
        env: { TEST_ENGINE: 'postgres' },
        setupFiles: ['test/helpers/postgresSetup.ts'],
        maxWorkers: 2,
        sequence: { groupOrder: 2 },
      },
    },
    {
      extends: true,
      test: {
        name: 'attacks-postgres',
        include: includeOnPostgres(postgresAttackFiles, true),
        env: { TEST_ENGINE: 'postgres' },
        setupFiles: ['test/helpers/postgresSetup.ts'],
        // As `attacks`: one file at a time, after everything else, so each attack has the machine.
        fileParallelism: false,
        sequence: { groupOrder: 3 },
      },
    },
  ];
}

export default defineConfig(async (): Promise<ViteUserConfig> => ({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/helpers/globalSetup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: ['test/security/**'],
          // Two cores: browser tests and server tests compete for them, so keep two workers at most.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'attacks',
          include: ['test/security/**/*.test.ts'],
          // Each attack asserts the server kept answering /healthz within 500 ms. They run after
          // the rest of the suite, one file at a time, so the machine they measure on is busy
          // with the attack alone and not with a browser test next door.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      // The same integration tests with every test server on PostgreSQL.
      ...(await postgresProjects()),
    ],
  },
}));
