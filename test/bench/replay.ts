import fs from 'node:fs';
import * as Y from 'yjs';
import { connectClient } from '../helpers/collabClient';
import { makeDataDir, startOurServer } from './benchServers';
import { measureColdLoads, measureParse } from './coldLoad';
import { cpuSeconds } from './procStats';
import { sleep, waitUntil } from './stats';
import { readStoredState } from './storedState';
import { applyTxn, readSequentialTrace } from './trace';

export interface ReplayResult {
  readonly trace: string;
  readonly updates: number;
  /** Time the writing client spent producing the updates, with no waiting on the network. */
  readonly localSeconds: number;
  /** First update sent until a second client had received the last one from the server. */
  readonly seconds: number;
  readonly updatesPerSecond: number;
  /** CPU the server process used over that time (user + system). */
  readonly serverCpuSeconds: number;
  readonly textMatches: boolean;
  readonly snapshotBytes: number;
  readonly leftoverUpdateRows: number;
  readonly fileBytes: number;
  readonly walBytes: number;
  readonly freeBytes: number;
  readonly coldConnectToSyncMs: number[];
  readonly coldServerLoadMs: number[];
  readonly coldTextMatches: boolean;
  readonly parseMs: number[];
}

/** Updates made between pauses, so the socket can drain while the trace replays. */
const chunk = 1_000;

/**
 * Replays a real editing history through one stock client into our server, as fast as the
 * client produces it, then stops the server (which compacts), inspects what it stored and
 * measures how long a cold open of the result takes.
 */
export async function runReplay(traceFile: string, coldAttempts = 5): Promise<ReplayResult> {
  const trace = readSequentialTrace(traceFile);
  const dataDir = makeDataDir();
  try {
    // The replay sends a whole editing history at once, far faster than anyone types: lift the
    // per-socket rate limit so the figure measures the server, not the limiter.
    let server = await startOurServer(dataDir, { LOG_LEVEL: 'info', COLLAB_UPDATES_PER_SECOND: '100000', COLLAB_UPDATE_BURST: '1000000' });
    const { docNames, params } = await server.prepareRooms(1);
    const docName = docNames[0]!;
    const writer = connectClient(server.wsUrl, docName, { params });
    // The observer is served only what the store has accepted, so once it has the writer's
    // last clock the server holds every update durably.
    const observer = connectClient(server.wsUrl, docName, { params });
    await Promise.all([writer.synced, observer.synced]);
    if (trace.startContent) writer.text.insert(0, trace.startContent);

    const writerId = writer.doc.clientID;
    const cpuBefore = cpuSeconds(server.pid);
    const started = performance.now();
    let localMs = 0;
    for (let i = 0; i < trace.txns.length; i += chunk) {
      const sliceStarted = performance.now();
      for (const txn of trace.txns.slice(i, i + chunk)) applyTxn(writer.doc, writer.text, txn.patches);
      localMs += performance.now() - sliceStarted;
      await new Promise((resolve) => setImmediate(resolve));
    }
    const target = Y.getState(writer.doc.store, writerId);
    const arrived = await waitUntil(() => Y.getState(observer.doc.store, writerId) === target, 600_000, 10);
    const seconds = (performance.now() - started) / 1000;
    const serverCpuSeconds = cpuSeconds(server.pid) - cpuBefore;
    if (!arrived) throw new Error('the observer did not receive every update within 10 minutes');
    const textMatches = writer.text.toString() === trace.endContent && observer.text.toString() === trace.endContent;
    writer.destroy();
    observer.destroy();
    await sleep(200);
    await server.stop();

    const stored = readStoredState(dataDir, docName);
    if (!stored.snapshot) throw new Error('no snapshot was stored');

    server = await startOurServer(dataDir, { LOG_LEVEL: 'debug', ROOM_UNLOAD_DELAY_MS: '50' });
    let cold;
    try {
      cold = await measureColdLoads(server.spawned, docName, params, trace.endContent, coldAttempts);
    } finally {
      await server.stop();
    }
    const parse = measureParse(stored.snapshot, trace.endContent, coldAttempts);

    return {
      trace: traceFile,
      updates: trace.txns.length,
      localSeconds: localMs / 1000,
      seconds,
      updatesPerSecond: trace.txns.length / seconds,
      serverCpuSeconds,
      textMatches: textMatches && cold.textMatches && parse.textMatches,
      snapshotBytes: stored.snapshot.byteLength,
      leftoverUpdateRows: stored.leftoverUpdateRows,
      fileBytes: stored.fileBytes,
      walBytes: stored.walBytes,
      freeBytes: stored.freeBytes,
      coldConnectToSyncMs: cold.connectToSyncMs,
      coldServerLoadMs: cold.serverLoadMs,
      coldTextMatches: cold.textMatches,
      parseMs: parse.ms,
    };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
