import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { postgresProjects } from './test/helpers/postgresProject';

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
