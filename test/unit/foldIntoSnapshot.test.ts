import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { foldIntoSnapshot } from '../../server/store/foldIntoSnapshot';

/** A document whose every change is recorded as the update a room would store. */
function recorded(clientId: number): { doc: Y.Doc; text: Y.Text; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  return { doc, text: doc.getText('text'), updates };
}

const textOf = (snapshot: Uint8Array): string => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, snapshot);
  return doc.getText('text').toString();
};

describe('foldIntoSnapshot', () => {
  it('keeps the room snapshot as it is when it holds every update, deletions and collected content included', () => {
    const room = recorded(1);
    room.text.insert(0, 'Reads 40 words a minute.');
    room.text.delete(0, 6);
    // A goal added and removed again: Yjs keeps only a garbage-collected range of its contents.
    const goals = room.doc.getMap<Y.Array<string>>('goals');
    const goal = new Y.Array<string>();
    goals.set('g1', goal);
    goal.push(['Reads 40 words', 'With a partner']);
    goals.delete('g1');
    room.text.insert(room.text.length, ' With a partner.');
    const previous = Y.encodeStateAsUpdate(room.doc);
    room.text.insert(0, 'Now ');
    const snapshot = Y.encodeStateAsUpdate(room.doc);

    expect(foldIntoSnapshot(snapshot, [previous, ...room.updates])).toBe(snapshot);
  });

  it('merges an insertion from another writer the room has not seen', () => {
    const room = recorded(1);
    room.text.insert(0, 'From the room.');
    const elsewhere = recorded(2);
    Y.applyUpdate(elsewhere.doc, Y.encodeStateAsUpdate(room.doc));
    elsewhere.text.insert(elsewhere.text.length, ' From elsewhere.');

    const folded = foldIntoSnapshot(Y.encodeStateAsUpdate(room.doc), [...room.updates, ...elsewhere.updates]);
    expect(textOf(folded)).toBe('From the room. From elsewhere.');
  });

  it("merges another writer's deletion of text the room still has", () => {
    const room = recorded(1);
    room.text.insert(0, 'Keep this. Remove this.');
    const elsewhere = recorded(2);
    Y.applyUpdate(elsewhere.doc, Y.encodeStateAsUpdate(room.doc));
    elsewhere.text.delete('Keep this.'.length, ' Remove this.'.length);

    const folded = foldIntoSnapshot(Y.encodeStateAsUpdate(room.doc), [...room.updates, ...elsewhere.updates]);
    expect(textOf(folded)).toBe('Keep this.');
  });

  it('merges an update the room holds only part of', () => {
    const room = recorded(1);
    room.text.insert(0, 'Seen. ');
    const roomSnapshot = Y.encodeStateAsUpdate(room.doc);
    room.text.insert(room.text.length, 'Not yet seen by the copy compacting.');
    const oneRow = Y.mergeUpdates(room.updates);

    expect(textOf(foldIntoSnapshot(roomSnapshot, [oneRow]))).toBe('Seen. Not yet seen by the copy compacting.');
  });

  it('merges a stored snapshot another instance wrote with what the room lacks', () => {
    const room = recorded(1);
    room.text.insert(0, 'Shared start.');
    const elsewhere = recorded(2);
    Y.applyUpdate(elsewhere.doc, Y.encodeStateAsUpdate(room.doc));
    elsewhere.text.insert(0, 'Folded in elsewhere. ');
    room.text.insert(room.text.length, ' Typed here.');

    const folded = foldIntoSnapshot(Y.encodeStateAsUpdate(room.doc), [Y.encodeStateAsUpdate(elsewhere.doc)]);
    expect(textOf(folded)).toBe('Folded in elsewhere. Shared start. Typed here.');
  });

  it('throws on a stored blob that is not an update', () => {
    const room = recorded(1);
    room.text.insert(0, 'Anything.');
    expect(() => foldIntoSnapshot(Y.encodeStateAsUpdate(room.doc), [Uint8Array.from([0x00, 0xff, 0x00, 0xff])])).toThrow();
  });
});
