import * as Y from 'yjs';
import WebSocket from 'ws';
import { prepareMemberRooms } from './benchAccess';
import { makeDataDir, startOurServer } from './benchServers';
import { anonRssMiB, rssMiB } from './procStats';
import { sleep } from './stats';
import fs from 'node:fs';

export interface ChurnOptions {
  /** Documents opened, edited and left per round. */
  readonly documents: number;
  /** Documents in flight at once. */
  readonly concurrency: number;
  /** Keep churning for this long (a soak); 0 runs one round. */
  readonly soakMinutes: number;
}

export interface ChurnResult {
  readonly documents: number;
  readonly rounds: number;
  readonly rssAfterSetupMiB: number;
  /** After a first, short round: code compiled and pools filled, nothing of the churn retained. */
  readonly rssWarmMiB: number;
  readonly rssPeakDuringMiB: number;
  /** After every room unloaded, following each full round. */
  readonly rssAfterRoundsMiB: readonly number[];
  /** V8 heap in use at the same moments (from /metrics): a rise here is JavaScript kept alive. */
  readonly heapAfterRoundsMiB: readonly number[];
  /** V8 heap reserved (in use or not) at the same moments: a rise here with a flat heap in use is V8 keeping room. */
  readonly heapTotalAfterRoundsMiB: readonly number[];
  /** Memory of Buffers and other objects outside the V8 heap that V8 knows of. */
  readonly externalAfterRoundsMiB: readonly number[];
  readonly growthPercent: number;
  /** Least-squares slope of the after-round RSS over time, in MiB per minute (soak only). */
  readonly slopeMiBPerMinute: number | null;
  readonly seconds: number;
}

/** [sync, step 1, empty state vector]; the reply (sync step 2) comes after everything earlier is durable. */
const syncStep1 = Uint8Array.from([0, 0, 1, 0]);

function updateMessage(update: Uint8Array): Buffer {
  // [sync, update, varuint length, bytes]
  const length: number[] = [];
  let rest = update.byteLength;
  while (rest > 0x7f) {
    length.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  length.push(rest);
  return Buffer.concat([Buffer.from([0, 2, ...length]), update]);
}

/** Opens a document, types a paragraph into it, waits until it is durable, and leaves. */
async function editOnce(wsUrl: string, docName: string, token: string): Promise<void> {
  const doc = new Y.Doc();
  let update: Uint8Array | null = null;
  doc.on('update', (u: Uint8Array) => (update = u));
  doc.getText('text').insert(0, `Churn edit at ${new Date().toISOString()}: ${'lorem ipsum '.repeat(20)}`);
  doc.destroy();
  const socket = new WebSocket(`${wsUrl}/${docName}?token=${encodeURIComponent(token)}`, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${docName}: no answer within 30 s`)), 30_000);
    socket.on('open', () => {
      socket.send(updateMessage(update!));
      socket.send(syncStep1);
    });
    socket.on('message', (data: Buffer) => {
      if (data[0] === 0 && data[1] === 0) socket.send(Uint8Array.from([0, 1, 2, 0, 0]));
      if (data[0] === 0 && data[1] === 1) {
        clearTimeout(timer);
        resolve();
      }
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // A socket the server closes before the sync (a refusal) fails the run at once, with its reason.
    socket.on('close', (code, reason) => {
      clearTimeout(timer);
      reject(new Error(`${docName}: closed before the sync (${code} ${reason.toString()})`));
    });
  });
  await new Promise<void>((resolve) => {
    socket.once('close', () => resolve());
    socket.close();
  });
}

async function churnRound(wsUrl: string, docNames: readonly string[], token: string, concurrency: number, onProgress: () => void): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < docNames.length) {
      const name = docNames[next++]!;
      await editOnce(wsUrl, name, token);
      onProgress();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

function slope(points: readonly [x: number, y: number][]): number | null {
  if (points.length < 3) return null;
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const sxy = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const sxx = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return sxx === 0 ? null : sxy / sxx;
}

/**
 * Memory after churn: documents opened, edited and left (each room unloads after its last
 * socket leaves), and RSS read once every room is gone. Memory that does not come back is a
 * room, cache or map kept after its document left.
 */
export async function runChurn(options: ChurnOptions): Promise<ChurnResult> {
  const dataDir = makeDataDir();
  // One account opens every document, up to BENCH_CHURN_CONCURRENCY at once (25 by default):
  // as in the load run, the per-person socket cap (20) is lifted for it.
  const server = await startOurServer(dataDir, { LOG_LEVEL: 'info', ROOM_UNLOAD_DELAY_MS: '100', MAX_SOCKETS_PER_PERSON: '10000' });
  const started = performance.now();
  try {
    const workspaces = Math.ceil(options.documents / 2);
    const rooms = await prepareMemberRooms(server.spawned.url, workspaces);
    // Two documents per student: the plan and the progress record.
    const docNames = rooms.docNames.flatMap((plan) => [plan, plan.replace(/\/plan$/, '/progress')]).slice(0, options.documents);
    const token = rooms.params.token!;
    const openRooms = async () => ((await (await fetch(`${server.spawned.url}/healthz`)).json()) as { rooms: number }).rooms;
    /** RSS once every room has unloaded and the process has had a few quiet seconds. */
    const settledRss = async () => {
      const deadline = performance.now() + 60_000;
      while ((await openRooms()) > 0) {
        if (performance.now() > deadline) throw new Error('rooms did not unload within 60 s');
        await sleep(100);
      }
      // V8 gives memory back some seconds after the allocation rate drops (its memory
      // reducer); read RSS once it has stopped falling.
      const samples: number[] = [];
      for (let second = 0; second < 90; second += 1) {
        await sleep(1000);
        samples.push(rssMiB(server.pid));
        if (process.env.BENCH_CHURN_TRACE) process.stdout.write(`    settle ${second + 1}s: ${samples.at(-1)!.toFixed(1)} MiB\n`);
        if (samples.length >= 30 && samples.at(-30)! - samples.at(-1)! < 0.5) break;
      }
      return samples.at(-1)!;
    };
    const rssAfterSetupMiB = await settledRss();
    let peak = 0;
    const watchPeak = () => (peak = Math.max(peak, rssMiB(server.pid)));
    await churnRound(server.wsUrl, docNames.slice(0, 200), token, options.concurrency, watchPeak);
    const rssWarmMiB = await settledRss();

    const after: number[] = [];
    const heapAfter: number[] = [];
    const heapTotalAfter: number[] = [];
    const externalAfter: number[] = [];
    const points: [number, number][] = [];
    /** The server's V8 heap and external memory, from its own /metrics (answered on loopback). */
    const memoryParts = async () => {
      const rows = (await (await fetch(`${server.spawned.url}/metrics`)).text()).split('\n');
      const mib = (name: string) => {
        const line = rows.find((row) => row.startsWith(`${name} `));
        return line ? Number(line.split(' ').pop()) / 1024 / 1024 : Number.NaN;
      };
      return { heapUsed: mib('nodejs_heap_size_used_bytes'), heapTotal: mib('nodejs_heap_size_total_bytes'), external: mib('nodejs_external_memory_bytes') };
    };
    const soakUntil = performance.now() + options.soakMinutes * 60_000;
    do {
      let done = 0;
      await churnRound(server.wsUrl, docNames, token, options.concurrency, () => {
        if (++done % 50 === 0) watchPeak();
      });
      const rss = await settledRss();
      after.push(rss);
      const parts = await memoryParts();
      heapAfter.push(parts.heapUsed);
      heapTotalAfter.push(parts.heapTotal);
      externalAfter.push(parts.external);
      points.push([(performance.now() - started) / 60_000, rss]);
      if (options.soakMinutes > 0) {
        const line = `RSS ${rss.toFixed(1)} MiB (anonymous ${anonRssMiB(server.pid).toFixed(1)}), V8 heap used ${parts.heapUsed.toFixed(1)} of ${parts.heapTotal.toFixed(1)} MiB, external ${parts.external.toFixed(1)} MiB`;
        process.stdout.write(`  round ${after.length}: ${line} after every room unloaded\n`);
      }
    } while (performance.now() < soakUntil);
    return {
      documents: docNames.length,
      rounds: after.length,
      rssAfterSetupMiB,
      rssWarmMiB,
      rssPeakDuringMiB: peak,
      rssAfterRoundsMiB: after,
      heapAfterRoundsMiB: heapAfter,
      heapTotalAfterRoundsMiB: heapTotalAfter,
      externalAfterRoundsMiB: externalAfter,
      growthPercent: ((after[after.length - 1]! - rssWarmMiB) / rssWarmMiB) * 100,
      slopeMiBPerMinute: options.soakMinutes > 0 ? slope(points) : null,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
