import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CloseCode } from '../../shared/closeCodes';
import { Room } from '../../server/collab/Room';
import type { Peer } from '../../server/collab/Peer';
import { decodeMessage, encodeUpdate } from '../../server/collab/protocol';
import { createLogger } from '../../server/logger';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { makeTempDir } from '../helpers/testServer';
import { readTrace, replayConcurrentTrace, type ConcurrentTrace } from '../helpers/traces';
import { eventually } from '../helpers/waitFor';

/** A peer that keeps its own Y.Doc up to date from exactly the updates the room sends it. */
class ApplyingPeer implements Peer {
  readonly doc = new Y.Doc();
  updateMessages = 0;
  readonly readOnly = false;
  readonly contributor = null;
  constructor(
    readonly id: string,
    readonly owner: string,
  ) {}
  send(message: Uint8Array): void {
    const decoded = decodeMessage(message);
    if (!decoded.ok) throw new Error('room sent a malformed message');
    if (decoded.message.kind === 'update' || decoded.message.kind === 'syncStep2') {
      if (decoded.message.kind === 'update') this.updateMessages += 1;
      Y.applyUpdate(this.doc, decoded.message.update);
    }
  }
  close(_code: CloseCode): void {}
}

const logger = createLogger('silent');
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('batched broadcast', () => {
  let store: SqliteDocumentStore | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
  });

  it('gives a reader of merged messages the same document as applying every update in order, over a real trace', async () => {
    const trace = readTrace<ConcurrentTrace>('friendsforever.json.gz');
    const typed: { agent: number; update: Uint8Array }[] = [];
    replayConcurrentTrace(trace, (agent, update, isOwnEdit) => {
      if (isOwnEdit) typed.push({ agent, update });
    });

    store = new SqliteDocumentStore(openDatabase(makeTempDir()));
    const room = await Room.load({ name: 'trace', store, logger, compactAfterUpdates: 100_000, onEmpty: () => {}, onFailed: () => {} });
    const writers = Array.from({ length: trace.numAgents }, (_, agent) => new ApplyingPeer(`writer${agent}`, `person${agent}`));
    const reader = new ApplyingPeer('reader', 'reader');
    for (const peer of [...writers, reader]) room.join(peer);

    // The reference: the same updates applied one by one, in the order the room received them.
    const oneByOne = new Y.Doc();
    // Bursts of varying size arrive within one turn, as many readable sockets do under load;
    // each burst becomes one batch.
    let next = 0;
    let burst = 1;
    while (next < typed.length) {
      for (const { agent, update } of typed.slice(next, next + burst)) {
        Y.applyUpdate(writers[agent]!.doc, update);
        Y.applyUpdate(oneByOne, update);
        room.handleMessage(writers[agent]!, encodeUpdate(update));
      }
      next += burst;
      // Mostly small bursts, and once a very large one (a server that fell far behind).
      burst = next > typed.length / 2 && burst < 1000 && next < typed.length / 2 + 100 ? 3000 : (burst % 37) + 1;
      await nextTurn();
    }

    await eventually(() => expect(reader.doc.getText('text').toString()).toBe(trace.endContent), 20_000);
    expect(oneByOne.getText('text').toString()).toBe(trace.endContent);
    expect(Y.encodeStateVector(reader.doc)).toEqual(Y.encodeStateVector(oneByOne));
    expect(Y.encodeStateAsUpdate(reader.doc)).toEqual(Y.encodeStateAsUpdate(oneByOne));
    // Each writer, sent everything but its own edits, ends with the same document too.
    for (const writer of writers) expect(Y.encodeStateAsUpdate(writer.doc)).toEqual(Y.encodeStateAsUpdate(oneByOne));
    // The bursts really were merged: far fewer messages than updates.
    expect(reader.updateMessages).toBeLessThan(typed.length / 4);
    // And what was stored loads to the same document.
    await room.close();
    const stored = await store.loadDocument('trace');
    const reloaded = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(reloaded, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(reloaded, update);
    expect(reloaded.getText('text').toString()).toBe(trace.endContent);
  });

  it('sends a lone update as it came, and nothing back to its sender', async () => {
    store = new SqliteDocumentStore(openDatabase(makeTempDir()));
    const room = await Room.load({ name: 'single', store, logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const writer = new ApplyingPeer('writer', 'a');
    const reader = new ApplyingPeer('reader', 'b');
    room.join(writer);
    room.join(reader);
    const source = new Y.Doc();
    let update: Uint8Array | null = null;
    source.on('update', (u: Uint8Array) => (update = u));
    source.getText('text').insert(0, 'goal');
    room.handleMessage(writer, encodeUpdate(update!));
    await eventually(() => expect(reader.doc.getText('text').toString()).toBe('goal'));
    expect(reader.updateMessages).toBe(1);
    expect(writer.updateMessages).toBe(0);
    await room.close();
  });
});
