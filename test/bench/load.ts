import type { BenchRooms } from './benchAccess';
import type { BenchServer } from './benchServers';
import type { RoomPlan, ToWorker, WorkerReport } from './loadProtocol';
import { LoadWorker } from './loadWorkers';
import { anonRssMiB, cpuSeconds, peakRssMiB } from './procStats';
import { sleep, summarize, type LatencySummary } from './stats';

export interface LoadOptions {
  readonly connections: number;
  readonly rooms: number;
  readonly writersPerRoom: number;
  readonly updatesPerSecond: number;
  readonly warmupSeconds: number;
  readonly seconds: number;
  /** Load-generator processes the rooms are spread over. */
  readonly workers: number;
  /** Readers find tokens in raw frames (light) rather than being stock providers (heavy). */
  readonly rawReaders: boolean;
}

export interface LoadResult {
  readonly server: string;
  readonly connections: number;
  readonly connectSeconds: number;
  readonly latency: LatencySummary;
  readonly sent: number;
  readonly expected: number;
  readonly delivered: number;
  readonly duplicates: number;
  readonly disconnects: number;
  readonly serverCpuSeconds: number;
  readonly windowSeconds: number;
  readonly serverPeakRssMiB: number;
  /** Heap, stacks and malloc at the end of the window: RSS less the pages of Node's binary and libraries. */
  readonly serverAnonRssMiB: number;
  /** The load generators' CPU (summed, % of one core) and their worst event-loop stall. */
  readonly clientCpuPercent: number;
  readonly clientLoopDelayP99Ms: number;
  /** CPU seconds in the window of each of the server's further processes (BenchServer.processes). */
  readonly processCpuSeconds: readonly { readonly label: string; readonly seconds: number }[];
}

/** Rooms dealt round-robin to workers; room r's writers get ids r*writers .. r*writers+writers-1. */
function planRooms(options: LoadOptions, rooms: BenchRooms): RoomPlan[][] {
  const size = Math.max(options.writersPerRoom + 1, Math.floor(options.connections / options.rooms));
  const plans: RoomPlan[][] = Array.from({ length: options.workers }, () => []);
  for (let r = 0; r < options.rooms; r += 1) {
    plans[r % options.workers]!.push({
      name: rooms.docNames[r]!,
      params: rooms.params,
      size,
      writers: options.writersPerRoom,
      firstWriterId: r * options.writersPerRoom,
      rawReaders: options.rawReaders,
    });
  }
  return plans;
}

/**
 * Many rooms of stock y-websocket clients on loopback. Every connection reads, a few per
 * room also type, and each typed token is timed from the writer's insert to each reader
 * receiving it. Only edits sent in the measured window count; warm-up fills JIT and buffers.
 */
export async function runLoad(server: BenchServer, options: LoadOptions): Promise<LoadResult> {
  const plans = planRooms(options, await server.prepareRooms(options.rooms));
  const workers = plans.map(() => new LoadWorker());
  const all = (message: ToWorker, timeoutMs: number) => Promise.all(workers.map((w) => w.request(message, timeoutMs)));
  try {
    const connectStarted = performance.now();
    await Promise.all(workers.map((w, i) => w.request({ type: 'open', wsUrl: server.wsUrl, rooms: plans[i]! }, 300_000)));
    const connectSeconds = (performance.now() - connectStarted) / 1000;
    // Let the join-time presence broadcasts settle before anyone types.
    await sleep(1000);

    await all({ type: 'write', updatesPerSecond: options.updatesPerSecond }, 10_000);
    await sleep(options.warmupSeconds * 1000);

    const cpuBefore = cpuSeconds(server.pid);
    const processes = server.processes ?? [];
    const processCpuBefore = processes.map((process) => cpuSeconds(process.pid));
    const windowStarted = performance.now();
    await all({ type: 'measure', on: true }, 10_000);
    await sleep(options.seconds * 1000);
    await all({ type: 'measure', on: false }, 10_000);
    const windowSeconds = (performance.now() - windowStarted) / 1000;
    const serverCpuSeconds = cpuSeconds(server.pid) - cpuBefore;
    const processCpuSeconds = processes.map((process, i) => ({ label: process.label, seconds: cpuSeconds(process.pid) - processCpuBefore[i]! }));

    const reports: WorkerReport[] = await Promise.all(workers.map((w) => w.report(10_000)));
    const sum = (pick: (r: WorkerReport) => number) => reports.reduce((total, r) => total + pick(r), 0);
    const latencies: number[] = [];
    for (const report of reports) for (const value of report.latencies) latencies.push(value);
    return {
      server: server.label,
      connections: plans.flat().reduce((total, room) => total + room.size, 0),
      connectSeconds,
      latency: summarize(latencies),
      sent: sum((r) => r.sent),
      expected: sum((r) => r.expected),
      delivered: sum((r) => r.delivered),
      duplicates: sum((r) => r.duplicates),
      disconnects: sum((r) => r.disconnects),
      serverCpuSeconds,
      windowSeconds,
      serverPeakRssMiB: peakRssMiB(server.pid),
      serverAnonRssMiB: anonRssMiB(server.pid),
      clientCpuPercent: (sum((r) => r.cpuSeconds) / windowSeconds) * 100,
      clientLoopDelayP99Ms: Math.max(...reports.map((r) => r.loopDelayP99Ms)),
      processCpuSeconds,
    };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
  }
}
