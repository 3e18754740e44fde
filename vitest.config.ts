import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: browser tests and server tests compete for them, so keep two workers at most.
    maxWorkers: 2,
    globalSetup: ['test/helpers/globalSetup.ts'],
  },
});
