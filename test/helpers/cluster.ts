import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Config } from '../../server/config';
import { freshSchema, testDatabaseUrl, testRedisUrl } from './externalServices';
import { makeTempDir, startTestServer, type TestServer } from './testServer';

export interface TestCluster {
  readonly instances: readonly TestServer[];
  /** The PostgreSQL (with its `?schema=`) the instances store documents in. */
  readonly databaseUrl: string;
  close(): Promise<void>;
}

/**
 * Several real server instances in this process, as a deployment runs them: everything in
 * one fresh PostgreSQL schema (so a person seeded through one instance is known to all) and
 * a Redis bus of their own (a channel prefix nobody else uses).
 */
export async function startCluster(size: number, overrides: Partial<Config> = {}): Promise<TestCluster> {
  const { schema, drop } = await freshSchema();
  const dataDir = makeTempDir('bridgeplan-cluster-');
  const config: Partial<Config> = {
    dataDir,
    databaseUrl: `${testDatabaseUrl}?schema=${schema}`,
    redisUrl: testRedisUrl,
    redisChannelPrefix: `test-${randomUUID().slice(0, 8)}`,
    ...overrides,
  };
  const instances: TestServer[] = [];
  try {
    for (let i = 0; i < size; i += 1) instances.push(await startTestServer(config));
  } catch (error) {
    await Promise.allSettled(instances.map((instance) => instance.close()));
    await drop();
    throw error;
  }
  return {
    instances,
    databaseUrl: config.databaseUrl!,
    async close() {
      await Promise.allSettled(instances.map((instance) => instance.close()));
      await drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
