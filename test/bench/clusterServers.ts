import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { randomUUID } from 'node:crypto';
import { haproxyConfig } from '../../scripts/haproxyConfig';
import { freshSchema, postgresReachable, redisReachable, testDatabaseUrl, testRedisUrl } from '../helpers/externalServices';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { prepareMemberRooms, type BenchRooms } from './benchAccess';
import type { BenchServer } from './benchServers';
import { makeDataDir } from './benchServers';

/** Why the cluster run cannot happen here, or null when PostgreSQL, Redis and HAProxy are all present. */
export async function clusterMissing(): Promise<string | null> {
  if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status !== 0) return 'HAProxy is not installed';
  if (!(await postgresReachable())) return `PostgreSQL is not reachable at ${testDatabaseUrl}`;
  if (!(await redisReachable())) return `Redis is not reachable at ${testRedisUrl}`;
  return null;
}

async function waitForProxy(url: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('HAProxy did not answer within 20 s');
}

/**
 * `count` instances as `npm run cluster` runs them (compiled, one fresh PostgreSQL schema, one
 * Redis, a shared accounts file, TRUST_PROXY=1), behind HAProxy with deploy/haproxy.cfg. The
 * clients reach them only through the proxy: sockets hashed by document, REST round-robin.
 */
export async function startCluster(count: number, proxyPort: number): Promise<BenchServer> {
  const schema = await freshSchema();
  const dataDir = makeDataDir();
  const env = {
    DATA_DIR: dataDir,
    DATABASE_URL: `${testDatabaseUrl}?schema=${schema.schema}`,
    REDIS_URL: testRedisUrl,
    REDIS_CHANNEL_PREFIX: `bench-${randomUUID().slice(0, 8)}`,
    TRUST_PROXY: '1',
    // One benchmark account stands for hundreds of people: lift the per-person socket cap.
    MAX_SOCKETS_PER_PERSON: '10000',
    // info: the "listening" line is how a started instance is recognised.
    LOG_LEVEL: 'info',
  };
  const instances: SpawnedServer[] = [];
  let proxy: ChildProcess | null = null;
  const stop = async () => {
    if (proxy && proxy.exitCode === null) {
      const exited = new Promise((resolve) => proxy!.once('exit', resolve));
      proxy.kill('SIGTERM');
      await exited;
    }
    await Promise.all(instances.map((instance) => instance.kill('SIGTERM')));
    await schema.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    // One at a time: the first runs the migrations, the others find them done.
    for (let i = 0; i < count; i += 1) {
      const instance = await spawnServer(env, { compiled: true });
      instances.push(instance);
      // An instance's warnings (sockets closed, refusals) explain a run that did not deliver.
      readline.createInterface({ input: instance.process.stderr! }).on('line', (line) => {
        if (/"level":"(warn|error)"/.test(line)) process.stderr.write(`[instance ${i + 1}] ${line}\n`);
      });
    }
    const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-bench-haproxy-')), 'haproxy.cfg');
    fs.writeFileSync(configFile, haproxyConfig(proxyPort, instances.map((instance) => Number(new URL(instance.url).port))));
    proxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let proxyErrors = '';
    proxy.stderr!.on('data', (chunk: Buffer) => (proxyErrors += chunk.toString()));
    const proxyUrl = `http://127.0.0.1:${proxyPort}`;
    await waitForProxy(proxyUrl).catch((error: unknown) => {
      throw new Error(`${error instanceof Error ? error.message : String(error)}: ${proxyErrors.trim().slice(-500)}`);
    });
    // Prepared once per cluster: every rate of the sweep opens the same documents.
    let rooms: Promise<BenchRooms> | null = null;
    return {
      label: `${count} instance${count === 1 ? '' : 's'}`,
      wsUrl: `ws://127.0.0.1:${proxyPort}/collab`,
      pid: instances[0]!.pid,
      processes: [
        ...instances.map((instance, i) => ({ label: `instance ${i + 1}`, pid: instance.pid })),
        { label: 'HAProxy', pid: proxy.pid! },
      ],
      prepareRooms: (roomCount) => (rooms ??= prepareMemberRooms(proxyUrl, roomCount)),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
