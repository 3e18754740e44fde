import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { pathToFileURL } from 'node:url';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { prepareMemberRooms, type BenchRooms } from './benchAccess';

/** A server under test, running in its own process so its CPU and memory can be read apart. */
export interface BenchServer {
  readonly label: string;
  /** Base URL a WebsocketProvider is given; the room name is appended to it. */
  readonly wsUrl: string;
  readonly pid: number;
  /** Further processes whose CPU the load run reports one by one (a cluster's instances, its proxy). */
  readonly processes?: readonly { readonly label: string; readonly pid: number }[];
  /** Makes `count` documents that clients may open, with whatever credentials that takes. */
  prepareRooms(count: number): Promise<BenchRooms>;
  stop(): Promise<void>;
}

export function makeDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-bench-'));
}

/** Ours, as `npm start` runs it, with persistence in a throwaway data folder. */
export async function startOurServer(dataDir: string, env: Record<string, string> = {}): Promise<BenchServer & { spawned: SpawnedServer }> {
  // BENCH_PROFILE=<dir> writes a V8 CPU profile of each server there when it stops.
  const profileDir = process.env.BENCH_PROFILE;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const spawned = await spawnServer({ DATA_DIR: dataDir, ...env }, { compiled: true, nodeArgs });
  return {
    label: 'bridgeplan',
    wsUrl: spawned.wsUrl,
    pid: spawned.pid,
    spawned,
    prepareRooms: (count) => prepareMemberRooms(spawned.url, count),
    async stop() {
      await spawned.kill('SIGTERM');
    },
  };
}

/** Asks the kernel for a free loopback port; the reference server cannot report one it picked. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * The stock server from @y/websocket-server, in memory only: without YPERSISTENCE it keeps
 * documents in RAM and writes nothing, which makes it the floor our persistent rooms are
 * compared against.
 */
export async function startReferenceServer(): Promise<BenchServer> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@y/websocket-server/package.json'));
  const entry = path.join(packageDir, 'src', 'server.js');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: '127.0.0.1', PORT: String(port) };
  delete env.YPERSISTENCE;
  const profileDir = process.env.BENCH_PROFILE;
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  // A profile is written only on a normal exit, and the reference has no SIGTERM handler.
  const args = profileDir
    ? [...nodeArgs, '--input-type=module', '-e', `process.on('SIGTERM', () => process.exit(0)); await import(${JSON.stringify(pathToFileURL(entry).href)});`]
    : [entry];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('reference server did not start within 30 s')), 30_000);
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('running at')) return;
      clearTimeout(timer);
      resolve();
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error('reference server exited before listening'));
    });
  });
  return {
    label: '@y/websocket-server',
    wsUrl: `ws://127.0.0.1:${port}`,
    pid: child.pid!,
    // No accounts: any path is a document, so the names only need to be fresh.
    prepareRooms: async (count) => {
      const runId = Date.now().toString(36);
      return { docNames: Array.from({ length: count }, (_, i) => `bench-${runId}-r${i}`), params: {} };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
