import { startCluster } from './clusterServers';
import { runLoad, type LoadOptions, type LoadResult } from './load';

export interface ClusterOptions extends LoadOptions {
  /** Edits per second per writer, tried in turn until delivery falls below 100 %. */
  readonly rates: readonly number[];
  readonly instanceCounts: readonly number[];
  readonly proxyPort: number;
}

export interface ClusterRun {
  readonly instances: number;
  readonly rate: number;
  readonly result: LoadResult;
}

/** Delivery is complete when every edit reached every reader once and no client was dropped. */
export const deliveredAll = (result: LoadResult): boolean =>
  result.delivered === result.expected && result.duplicates === 0 && result.disconnects === 0 && result.expected > 0;

const envNumbers = (name: string, fallback: readonly number[]): number[] => {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const values = raw.split(',').map((part) => Number(part.trim()));
  if (values.some((value) => !Number.isFinite(value) || value <= 0)) throw new Error(`${name} must be a list of positive numbers, got "${raw}"`);
  return values;
};

const envNumber = (name: string, fallback: number): number => envNumbers(name, [fallback])[0]!;

/**
 * The load run's shape, through HAProxy. Scaled for two cores shared by the instances, the
 * proxy, PostgreSQL, Redis and the load generators: rooms of 50 as in the 1,000-socket run,
 * fewer of them, shorter windows, and a sweep of typing rates.
 */
export function clusterOptionsFromEnv(): ClusterOptions {
  return {
    connections: envNumber('BENCH_CLUSTER_CONNECTIONS', 200),
    rooms: envNumber('BENCH_CLUSTER_ROOMS', 4),
    writersPerRoom: envNumber('BENCH_WRITERS', 2),
    updatesPerSecond: 0,
    warmupSeconds: envNumber('BENCH_CLUSTER_WARMUP', 3),
    seconds: envNumber('BENCH_CLUSTER_SECONDS', 10),
    workers: envNumber('BENCH_WORKERS', 2),
    rawReaders: (process.env.BENCH_READERS ?? 'raw') !== 'provider',
    rates: envNumbers('BENCH_CLUSTER_RATES', [5, 10, 20, 40]),
    instanceCounts: envNumbers('BENCH_CLUSTER_INSTANCES', [1, 2]),
    proxyPort: envNumber('BENCH_PROXY_PORT', 41150),
  };
}

/** For each instance count, the rates in turn until one no longer delivers everything. */
export async function runClusterLoad(options: ClusterOptions, say: (line: string) => void): Promise<ClusterRun[]> {
  const runs: ClusterRun[] = [];
  for (const instances of options.instanceCounts) {
    const cluster = await startCluster(instances, options.proxyPort);
    try {
      for (const rate of options.rates) {
        const result = await runLoad(cluster, { ...options, updatesPerSecond: rate });
        runs.push({ instances, rate, result });
        say(`${cluster.label} at ${rate} edits/s per writer: ${result.delivered} / ${result.expected} delivered, p99 ${result.latency.p99.toFixed(1)} ms`);
        if (!deliveredAll(result)) break;
      }
    } finally {
      await cluster.stop();
    }
  }
  return runs;
}
