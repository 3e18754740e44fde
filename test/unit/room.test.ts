import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes, type CloseCode } from '../../shared/closeCodes';
import { Room } from '../../server/collab/Room';
import { RoomRegistry } from '../../server/collab/RoomRegistry';
import { encodeSyncStep1, encodeUpdate } from '../../server/collab/protocol';
import type { Peer } from '../../server/collab/Peer';
import { createLogger } from '../../server/logger';
import { FlakyDocumentStore } from '../helpers/FlakyDocumentStore';
import { eventually } from '../helpers/waitFor';

class RecordingPeer implements Peer {
  readonly sent: Uint8Array[] = [];
  closedWith: CloseCode | null = null;
  constructor(
    readonly id: string,
    readonly readOnly = false,
    readonly owner: string | null = id,
    readonly contributor: { userId: string; role: 'teacher'; name: string } | null = null,
  ) {}
  send(message: Uint8Array): void {
    this.sent.push(message);
  }
  close(code: CloseCode): void {
    this.closedWith = code;
  }
}

function editUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('text').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

const logger = createLogger('silent');

describe('Room', () => {
  it('broadcasts an update only after the store has it', async () => {
    const store = new FlakyDocumentStore();
    let release!: () => void;
    store.holdAppends = new Promise((resolve) => (release = resolve));
    const room = await Room.load({ name: 'd', store, logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const writer = new RecordingPeer('writer');
    const reader = new RecordingPeer('reader');
    room.join(writer);
    room.join(reader);
    const before = reader.sent.length;

    room.handleMessage(writer, encodeUpdate(editUpdate('goal')));
    // A late joiner asking for the state must not get it ahead of durability either.
    const late = new RecordingPeer('late');
    room.join(late);
    room.handleMessage(late, encodeSyncStep1(new Uint8Array([0])));
    const lateBefore = late.sent.length;
    await new Promise((resolve) => setImmediate(resolve));
    expect(reader.sent.length).toBe(before);
    expect(late.sent.length).toBe(lateBefore);

    release();
    await eventually(() => expect(reader.sent.length).toBe(before + 1));
    await eventually(() => expect(late.sent.length).toBeGreaterThan(lateBefore));
    expect(store.storedUpdateCount('d')).toBe(1);
  });

  it('closes every peer with 4500 and forgets the room when storage fails', async () => {
    const store = new FlakyDocumentStore();
    const registry = new RoomRegistry({ store, logger, unloadDelayMs: 10, compactAfterUpdates: 100 });
    const room = await registry.open('d');
    const a = new RecordingPeer('a');
    const b = new RecordingPeer('b');
    room.join(a);
    room.join(b);
    room.handleMessage(a, encodeUpdate(editUpdate('saved')));
    await eventually(() => expect(store.storedUpdateCount('d')).toBe(1));

    store.failWrites = true;
    const bBefore = b.sent.length;
    room.handleMessage(a, encodeUpdate(editUpdate('lost')));
    await eventually(() => expect(a.closedWith).toEqual(CloseCodes.documentUnavailable));
    expect(b.closedWith).toEqual(CloseCodes.documentUnavailable);
    // The unsaved edit was never shown to b.
    expect(b.sent.length).toBe(bBefore);

    store.failWrites = false;
    const reopened = await registry.open('d');
    expect(reopened).not.toBe(room);
    expect(reopened.isOpen).toBe(true);
    // The reloaded room holds exactly what was stored: the saved edit, not the lost one.
    const stored = await store.loadDocument('d');
    const check = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(check, update);
    expect(check.getText('text').toString()).toBe('saved');
    await registry.closeAll();
  });

  it('keeps serving other peers after one sends garbage', async () => {
    const store = new FlakyDocumentStore();
    const room = await Room.load({ name: 'd', store, logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const bad = new RecordingPeer('bad');
    const good = new RecordingPeer('good');
    const other = new RecordingPeer('other');
    for (const peer of [bad, good, other]) room.join(peer);
    room.handleMessage(bad, new Uint8Array([0, 2, 200]));
    expect(bad.closedWith).toEqual(CloseCodes.malformed);
    const before = other.sent.length;
    room.handleMessage(good, encodeUpdate(editUpdate('still here')));
    await eventually(() => expect(other.sent.length).toBe(before + 1));
  });

  it('drops edits from a read-only peer', async () => {
    const store = new FlakyDocumentStore();
    const room = await Room.load({ name: 'd', store, logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const observer = new RecordingPeer('observer', true);
    room.join(observer);
    room.handleMessage(observer, encodeUpdate(editUpdate('not allowed')));
    await new Promise((resolve) => setImmediate(resolve));
    expect(store.storedUpdateCount('d')).toBe(0);
    expect(observer.closedWith).toBeNull();
  });
});

/** Presence arriving in one turn of the event loop leaves at the end of that turn. */
const presenceSent = () => new Promise((resolve) => setImmediate(resolve));

describe('Room presence', () => {
  it('drops an awareness update that speaks for another socket’s client', async () => {
    const { Awareness, encodeAwarenessUpdate, removeAwarenessStates } = await import('y-protocols/awareness');
    const { encodeAwareness } = await import('../../server/collab/protocol');
    const store = new FlakyDocumentStore();
    const room = await Room.load({ name: 'd', store, logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const dana = new RecordingPeer('dana');
    const mallory = new RecordingPeer('mallory');
    const watcher = new RecordingPeer('watcher');
    for (const peer of [dana, mallory, watcher]) room.join(peer);

    const danaDoc = new Y.Doc();
    const danaAwareness = new Awareness(danaDoc);
    danaAwareness.setLocalState({ user: { name: 'Dana Ortiz' } });
    room.handleMessage(dana, encodeAwareness(encodeAwarenessUpdate(danaAwareness, [danaDoc.clientID])));
    await presenceSent();
    const afterDana = watcher.sent.length;
    expect(afterDana).toBeGreaterThan(0);

    // Mallory replays Dana's client id with a forged state, then tries to remove it.
    const forged = new Awareness(danaDoc);
    forged.setLocalState({ user: { name: 'Dana Ortiz (fake)' } });
    room.handleMessage(mallory, encodeAwareness(encodeAwarenessUpdate(forged, [danaDoc.clientID])));
    removeAwarenessStates(forged, [danaDoc.clientID], 'test');
    room.handleMessage(mallory, encodeAwareness(encodeAwarenessUpdate(forged, [danaDoc.clientID])));
    await presenceSent();

    expect(watcher.sent.length).toBe(afterDana);
    expect(mallory.closedWith).toBeNull();
    danaAwareness.destroy();
    forged.destroy();
  });

  it('applies a socket’s own presence sent with repeats of other people’s, quietly, and still refuses a newer state for someone else', async () => {
    const { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const { encodeAwareness } = await import('../../server/collab/protocol');
    const warnings: string[] = [];
    const recording = createLogger('warn', (line) => warnings.push((JSON.parse(line) as { message: string }).message));
    const room = await Room.load({ name: 'd', store: new FlakyDocumentStore(), logger: recording, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const dana = new RecordingPeer('dana');
    const sam = new RecordingPeer('sam');
    const watcher = new RecordingPeer('watcher');
    for (const peer of [dana, sam, watcher]) room.join(peer);
    const presenceOf = (name: string) => {
      const awareness = new Awareness(new Y.Doc());
      awareness.setLocalState({ user: { name } });
      return awareness;
    };
    const danaAwareness = presenceOf('Dana Ortiz');
    room.handleMessage(dana, encodeAwareness(encodeAwarenessUpdate(danaAwareness, [danaAwareness.clientID])));
    await presenceSent();

    // Sam's stock provider heard Dana's state and sends it back beside Sam's own.
    const samAwareness = presenceOf('Sam Lee');
    applyAwarenessUpdate(samAwareness, encodeAwarenessUpdate(danaAwareness, [danaAwareness.clientID]), 'server');
    const before = watcher.sent.length;
    room.handleMessage(sam, encodeAwareness(encodeAwarenessUpdate(samAwareness, [samAwareness.clientID, danaAwareness.clientID])));
    await presenceSent();
    expect(watcher.sent.length).toBeGreaterThan(before);
    expect(sam.closedWith).toBeNull();
    expect(warnings).toEqual([]);

    // A state for Dana's id newer than the room's, from Sam's socket: refused, and said so.
    const forged = new Awareness(new Y.Doc());
    forged.clientID = danaAwareness.clientID;
    forged.setLocalState({ user: { name: 'Dana Ortiz' } });
    forged.setLocalState({ user: { name: 'Dana Ortiz' }, cursor: 'forged' });
    forged.setLocalState({ user: { name: 'Dana Ortiz' }, cursor: 'forged again' });
    const afterEcho = watcher.sent.length;
    room.handleMessage(sam, encodeAwareness(encodeAwarenessUpdate(forged, [danaAwareness.clientID])));
    await presenceSent();
    expect(watcher.sent.length).toBe(afterEcho);
    expect(warnings).toEqual(['awareness for another socket dropped']);
  });

  it('lets the same person’s new socket take over their presence after a dropped connection', async () => {
    const { Awareness, encodeAwarenessUpdate } = await import('y-protocols/awareness');
    const { encodeAwareness } = await import('../../server/collab/protocol');
    const room = await Room.load({ name: 'd', store: new FlakyDocumentStore(), logger, compactAfterUpdates: 100, onEmpty: () => {}, onFailed: () => {} });
    const oldSocket = new RecordingPeer('old', false, 'u_dana');
    const newSocket = new RecordingPeer('new', false, 'u_dana');
    const watcher = new RecordingPeer('watcher');
    for (const peer of [oldSocket, newSocket, watcher]) room.join(peer);
    const doc = new Y.Doc();
    const awareness = new Awareness(doc);
    awareness.setLocalState({ user: { name: 'Dana Ortiz' } });
    room.handleMessage(oldSocket, encodeAwareness(encodeAwarenessUpdate(awareness, [doc.clientID])));
    await presenceSent();
    awareness.setLocalState({ user: { name: 'Dana Ortiz' }, cursor: 1 });
    const before = watcher.sent.length;
    room.handleMessage(newSocket, encodeAwareness(encodeAwarenessUpdate(awareness, [doc.clientID])));
    await presenceSent();
    expect(watcher.sent.length).toBe(before + 1);
    // The old socket finally closes: Dana's presence stays, it belongs to the new socket now.
    room.leave(oldSocket);
    await presenceSent();
    expect(watcher.sent.length).toBe(before + 1);
    awareness.destroy();
  });
});
