import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager, planDoc, richTextToPlain, type Author } from '../../shared/schema';

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };

/** Stands in for the Tiptap binding's origin (y-tiptap's ySyncPluginKey) in these tests. */
const editorOrigin = { editorBinding: true };

/** Two live peers: every local change reaches the other at once, as over a quiet network. */
function connectedPair(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(b, update, 'remote');
  });
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') Y.applyUpdate(a, update, 'remote');
  });
  return [a, b];
}

describe('createUndoManager', () => {
  it('undoes only my change, never a colleague’s', () => {
    const [a, b] = connectedPair();
    const mine = planDoc(a, { origin: 'person-a' });
    const theirs = planDoc(b, { origin: 'person-b' });
    const goal = mine.goals.add({ area: 'writing', target: 'Writes 3 sentences' }, teacher);
    const undo = createUndoManager(a, mine.origin, { captureTimeout: 0 });

    mine.goals.update(goal, { target: 'Writes 5 sentences' });
    theirs.goals.update(goal, { status: 'active' });
    theirs.supports.add({ kind: 'accommodation', title: 'Slant board' }, parent);

    undo.undo();
    for (const plan of [mine, theirs]) {
      expect(plan.goals.get(goal)).toMatchObject({ target: 'Writes 3 sentences', status: 'active' });
      expect(plan.supports.list().map((support) => support.title)).toEqual(['Slant board']);
    }
  });

  it('undoes rich-text typing and field edits in one history, in reverse order', () => {
    const [a, b] = connectedPair();
    const mine = planDoc(a, { origin: 'person-a' });
    const theirs = planDoc(b, { origin: 'person-b' });
    const goal = mine.goals.add({ area: 'fine_motor' }, teacher);
    const undo = createUndoManager(a, mine.origin, { alsoTrack: [editorOrigin], captureTimeout: 0 });

    // My editor types into the description; a colleague types into the parent input.
    a.transact(() => mine.goals.fragment(goal, 'description')?.insert(0, [new Y.XmlText('Grip practice')]), editorOrigin);
    b.transact(() => theirs.parentInput.fragment().insert(0, [new Y.XmlText('Calmer at home')]), 'their-editor');
    mine.goals.update(goal, { status: 'active' });

    undo.undo();
    expect(mine.goals.get(goal)?.status).toBe('draft');
    expect(richTextToPlain(mine.goals.get(goal)?.description ?? { type: 'doc' })).toBe('Grip practice');
    undo.undo();
    expect(richTextToPlain(theirs.goals.get(goal)?.description ?? { type: 'doc' })).toBe('');
    expect(richTextToPlain(theirs.parentInput.read())).toBe('Calmer at home');
  });

  it('brings back a removed goal with its text, and removes it again on redo', () => {
    const [a, b] = connectedPair();
    const mine = planDoc(a, { origin: 'person-a' });
    const goal = mine.goals.add({ area: 'reading', baseline: 'Reads 40 words per minute' }, teacher);
    const undo = createUndoManager(a, mine.origin, { captureTimeout: 0 });
    mine.goals.remove(goal);
    undo.undo();
    const restored = planDoc(b).goals.list();
    expect(restored).toHaveLength(1);
    expect(restored[0]?.baseline).toBe('Reads 40 words per minute');
    undo.redo();
    expect(planDoc(b).goals.list()).toEqual([]);
  });

  it('does not undo the schema version recorded when the plan was opened', () => {
    const doc = new Y.Doc();
    const plan = planDoc(doc);
    const undo = createUndoManager(doc, plan.origin, { captureTimeout: 0 });
    plan.init();
    plan.meta.setTitle('IEP 2025–26');
    undo.undo();
    expect(plan.meta.get()).toMatchObject({ schemaVersion: 1, title: '' });
    expect(undo.canUndo()).toBe(false);
  });

  it('keeps two views of the same document apart by default', () => {
    const doc = new Y.Doc();
    const first = planDoc(doc);
    const second = planDoc(doc);
    expect(first.origin).not.toBe(second.origin);
    const undo = createUndoManager(doc, first.origin, { captureTimeout: 0 });
    second.meta.setTitle('Draft');
    expect(undo.canUndo()).toBe(false);
  });
});
