import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildClientIfStale } from '../server/buildClient';
import { createLogger } from '../server/logger';
import { haproxyConfig } from './haproxyConfig';

/**
 * `npm run cluster`: several instances of the server (by default one per core) sharing
 * PostgreSQL and Redis, behind HAProxy when it is installed. The defaults find PostgreSQL and
 * Redis running locally at their standard ports.
 *
 *   CLUSTER_INSTANCES  how many instances (default: number of cores, at least 2)
 *   CLUSTER_PORT       where the proxy listens (default 8080); instances use the next ports
 *   DATABASE_URL       default postgres://postgres@127.0.0.1:5432/postgres?schema=bridgeplan
 *   REDIS_URL          default redis://127.0.0.1:6379
 *   DATA_DIR           a local folder each instance opens (default ./data); PostgreSQL holds the data
 *   TRUST_PROXY        default 1: instances believe HAProxy's X-Forwarded-For and request id
 */
const instances = Math.max(2, Number(process.env.CLUSTER_INSTANCES ?? os.availableParallelism()));
const proxyPort = Number(process.env.CLUSTER_PORT ?? 8080);
const instancePorts = Array.from({ length: instances }, (_, index) => proxyPort + 1 + index);
const env = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres?schema=bridgeplan',
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  DATA_DIR: process.env.DATA_DIR ?? 'data',
  // Instances listen on loopback only, so only HAProxy (or this machine) reaches them.
  TRUST_PROXY: process.env.TRUST_PROXY ?? '1',
  SKIP_CLIENT_BUILD: '1',
};
const children: ChildProcess[] = [];
const say = (line: string) => process.stdout.write(`[cluster] ${line}\n`);

function stop(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
}

async function waitForHealth(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`instance on port ${port} did not become healthy within 30 s`);
}

function startInstance(port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/start.ts'], { stdio: 'inherit', env: { ...env, PORT: String(port) } });
  children.push(child);
  child.once('exit', (code, signal) => say(`instance on ${port} stopped (${signal ?? code})`));
  return child;
}

async function run(): Promise<void> {
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Build once here rather than in every instance at the same time.
  await buildClientIfStale(createLogger('info').child('build'));
  // The first instance runs the migrations alone; the others then find them done.
  startInstance(instancePorts[0]!);
  await waitForHealth(instancePorts[0]!);
  for (const port of instancePorts.slice(1)) startInstance(port);
  await Promise.all(instancePorts.map(waitForHealth));
  say(`${instances} instances on ports ${instancePorts.join(', ')} (documents in PostgreSQL, relay over Redis)`);

  if (spawnSync('haproxy', ['-v'], { stdio: 'ignore' }).status !== 0) {
    say('HAProxy is not installed (apt-get install haproxy); open any instance directly, e.g.');
    say(`http://localhost:${instancePorts[0]}`);
    return;
  }
  const configFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-haproxy-')), 'haproxy.cfg');
  fs.writeFileSync(configFile, haproxyConfig(proxyPort, instancePorts));
  const proxy = spawn('haproxy', ['-db', '-f', configFile], { stdio: 'inherit' });
  children.push(proxy);
  proxy.once('exit', (code) => {
    say(`HAProxy stopped (${code})`);
    stop();
  });
  say(`open http://localhost:${proxyPort} (HAProxy: sockets hashed by document, REST round-robin)`);
}

run().catch((error: unknown) => {
  say(`could not start: ${error instanceof Error ? error.message : String(error)}`);
  stop();
  process.exitCode = 1;
});
