import fs from 'node:fs';
import { makeDataDir, startOurServer, startReferenceServer, type BenchServer } from './benchServers';
import { runLoad, type LoadOptions, type LoadResult } from './load';

const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
};

/** The load shape, scaled by environment variables so a smoke run takes seconds. */
export function loadOptionsFromEnv(): LoadOptions {
  return {
    connections: envNumber('BENCH_CONNECTIONS', 1000),
    rooms: envNumber('BENCH_ROOMS', 20),
    writersPerRoom: envNumber('BENCH_WRITERS', 2),
    updatesPerSecond: envNumber('BENCH_RATE', 10),
    warmupSeconds: envNumber('BENCH_WARMUP', 5),
    seconds: envNumber('BENCH_SECONDS', 30),
    workers: envNumber('BENCH_WORKERS', 2),
    rawReaders: (process.env.BENCH_READERS ?? 'raw') !== 'provider',
  };
}

async function measure(start: () => Promise<BenchServer>, options: LoadOptions): Promise<LoadResult> {
  const server = await start();
  try {
    return await runLoad(server, options);
  } finally {
    await server.stop();
  }
}

/** The same load against our server (persisting to SQLite) and then the in-memory reference. */
export async function runLoadComparison(options: LoadOptions): Promise<LoadResult[]> {
  const dataDir = makeDataDir();
  try {
    // BENCH_SERVERS=bridgeplan measures ours alone, for quick iterations; figures to compare
    // always come from a run of both.
    const only = process.env.BENCH_SERVERS;
    const results: LoadResult[] = [];
    // A server that cannot take the load (clients never synced) is reported, and the other
    // server's figures are still printed.
    const attempt = async (label: string, start: () => Promise<BenchServer>) => {
      try {
        results.push(await measure(start, options));
      } catch (error) {
        process.stdout.write(`${label} could not complete the run: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    };
    // One benchmark account stands for every connection: the per-person socket cap is lifted.
    if (!only || only === 'bridgeplan') await attempt('bridgeplan', () => startOurServer(dataDir, { LOG_LEVEL: 'info', MAX_SOCKETS_PER_PERSON: '10000' }));
    if (!only || only === 'reference') await attempt('@y/websocket-server', startReferenceServer);
    return results;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
