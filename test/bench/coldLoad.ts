import readline from 'node:readline';
import * as Y from 'yjs';
import { connectClient } from '../helpers/collabClient';
import type { SpawnedServer } from '../helpers/spawnServer';
import { sleep, waitUntil } from './stats';

export interface ColdLoadResult {
  /** Client connect to its first 'sync' event, per attempt, in ms. */
  readonly connectToSyncMs: number[];
  /** The server's own 'room loaded' time (store read plus Yjs merge), per attempt, in ms. */
  readonly serverLoadMs: number[];
  readonly textMatches: boolean;
}

async function waitForNoRooms(url: string): Promise<boolean> {
  for (let tries = 0; tries < 200; tries += 1) {
    const body = (await (await fetch(`${url}/healthz`)).json()) as { rooms?: number };
    if (body.rooms === 0) return true;
    await sleep(25);
  }
  return false;
}

/**
 * Opens a stored document from cold several times. The server must run with a short
 * ROOM_UNLOAD_DELAY_MS and LOG_LEVEL=debug: each attempt waits until the room is unloaded,
 * so every connect pays the full load from SQLite, and the debug log gives the server's share.
 */
export async function measureColdLoads(
  server: SpawnedServer,
  docName: string,
  params: Record<string, string>,
  endContent: string,
  attempts: number,
): Promise<ColdLoadResult> {
  const serverLoadMs: number[] = [];
  const lines = readline.createInterface({ input: server.process.stderr! });
  lines.on('line', (line) => {
    try {
      const entry = JSON.parse(line) as { message?: string; doc?: string; ms?: number };
      if (entry.message === 'room loaded' && entry.doc === docName && typeof entry.ms === 'number') serverLoadMs.push(entry.ms);
    } catch {
      // Not a log line.
    }
  });

  const connectToSyncMs: number[] = [];
  let textMatches = true;
  try {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      // Wait for the previous attempt's room to unload, so this one loads from the store.
      const unloaded = await waitForNoRooms(server.url);
      if (!unloaded) throw new Error('room did not unload');
      const started = performance.now();
      const client = connectClient(server.wsUrl, docName, { params });
      await client.synced;
      connectToSyncMs.push(performance.now() - started);
      textMatches &&= client.text.toString() === endContent;
      client.destroy();
    }
    await waitUntil(() => serverLoadMs.length >= attempts, 2_000);
  } finally {
    lines.close();
  }
  return { connectToSyncMs, serverLoadMs, textMatches };
}

/** Plain Yjs: how long merging the stored snapshot into a fresh Y.Doc takes in this process. */
export function measureParse(snapshot: Uint8Array, endContent: string, attempts: number): { ms: number[]; textMatches: boolean } {
  const ms: number[] = [];
  let textMatches = true;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const doc = new Y.Doc();
    const started = performance.now();
    Y.applyUpdate(doc, snapshot);
    ms.push(performance.now() - started);
    textMatches &&= doc.getText('text').toString() === endContent;
    doc.destroy();
  }
  return { ms, textMatches };
}
