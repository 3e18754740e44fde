import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Room } from '../../server/collab/Room';
import { nextTurn, wakeAt } from '../../server/collab/flushMoments';
import { decodeMessage, encodeUpdate } from '../../server/collab/protocol';
import type { Peer } from '../../server/collab/Peer';
import { createLogger } from '../../server/logger';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { SqliteDocumentStore } from '../../server/store/sqlite/SqliteDocumentStore';
import { makeTempDir } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

class RecordingPeer implements Peer {
  readonly sent: Uint8Array[] = [];
  constructor(readonly id: string, readonly readOnly = false, readonly owner: string | null = id, readonly contributor = null) {}
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  close(): void {}
}

/** The document updates among what a peer was sent, in order. */
function updatesSent(peer: RecordingPeer): Uint8Array[] {
  const updates: Uint8Array[] = [];
  for (const message of peer.sent) {
    const decoded = decodeMessage(message);
    if (decoded.ok && decoded.message.kind === 'update') updates.push(decoded.message.update);
  }
  return updates;
}

describe('flush moments', () => {
  it('gives everyone asking in one turn the same turn', async () => {
    const first = nextTurn();
    expect(nextTurn()).toBe(first);
    await first;
    expect(nextTurn()).not.toBe(first);
  });

  it('wakes rooms whose windows end close together at one moment, never before their deadline', async () => {
    // Wake-ups fall on a 5 ms grid. A deadline just past a grid line and one half a millisecond
    // later share their moment; one 0.5 ms before a line and one just after it would not.
    const deadline = Math.ceil((performance.now() + 20) / 5) * 5 + 1;
    const early = wakeAt(deadline);
    expect(wakeAt(deadline + 0.5)).toBe(early);
    await early;
    expect(performance.now()).toBeGreaterThanOrEqual(deadline);
  });

  it('under load shows a peer the updates of one window as one merged message, the same document', async () => {
    const store = new SqliteDocumentStore(openDatabase(makeTempDir()));
    const room = await Room.load({
      name: 'w/plan',
      store,
      logger: createLogger('silent'),
      compactAfterUpdates: 1000,
      onEmpty: () => {},
      onFailed: () => {},
      batchWindowMs: () => 200,
    });
    const writer = new RecordingPeer('writer');
    const reader = new RecordingPeer('reader');
    room.join(writer);
    room.join(reader);
    const typing = new Y.Doc();
    typing.on('update', (update: Uint8Array) => room.handleMessage(writer, encodeUpdate(update)));
    const text = typing.getText('t');

    text.insert(0, 'a');
    await eventually(() => expect(updatesSent(reader)).toHaveLength(1));
    // The next letters come in separate turns, inside the window the first flush opened.
    for (const letter of ['b', 'c', 'd']) {
      text.insert(text.length, letter);
      await nextTurn();
    }
    const seenText = () => {
      const seen = new Y.Doc();
      for (const update of updatesSent(reader)) Y.applyUpdate(seen, update);
      return seen.getText('t').toString();
    };
    await eventually(() => expect(seenText()).toBe('abcd'));
    // 'b', 'c' and 'd' came as one message, not three.
    expect(updatesSent(reader)).toHaveLength(2);
    expect((await store.loadDocument('w/plan')).updates).toHaveLength(4);
    await room.close();
    await store.close();
  });
});
