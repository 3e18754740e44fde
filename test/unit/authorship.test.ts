import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, ProgressDoc, type Author } from '../../shared/schema';
import { forgesAuthorship, type Contributor } from '../../server/collab/authorship';

const teacher: Contributor = { userId: 'u_teacher', role: 'teacher', name: 'Sam Lee' };
const asTeacher: Author = { userId: 'u_teacher', name: 'Sam Lee', role: 'teacher', setting: 'school' };
const asParent: Author = { userId: 'u_parent', name: 'Alex Moreno', role: 'parent', setting: 'home' };

/** The update a change produces, as a client would send it. */
function updateOf(change: (doc: Y.Doc) => void, base?: Y.Doc): Uint8Array {
  const doc = base ?? new Y.Doc();
  let produced: Uint8Array = new Uint8Array();
  const capture = (update: Uint8Array) => (produced = update);
  doc.on('update', capture);
  change(doc);
  doc.off('update', capture);
  return produced;
}

describe('forgesAuthorship', () => {
  it('accepts items recorded in the sender’s own name, role and setting', () => {
    expect(forgesAuthorship(updateOf((doc) => planDoc(doc).goals.add({ area: 'sensory' }, asTeacher)), teacher)).toBe(false);
    expect(forgesAuthorship(updateOf((doc) => new ProgressDoc(doc).add({ goalId: 'g', date: '2026-11-02', value: 40, setting: 'school' }, asTeacher)), teacher)).toBe(false);
  });

  it('refuses items recorded in someone else’s name, or with a role or setting not theirs', () => {
    expect(forgesAuthorship(updateOf((doc) => planDoc(doc).goals.add({ area: 'sensory' }, asParent)), teacher)).toBe(true);
    expect(forgesAuthorship(updateOf((doc) => planDoc(doc).goals.add({ area: 'sensory' }, { ...asTeacher, setting: 'clinic' })), teacher)).toBe(true);
    expect(forgesAuthorship(updateOf((doc) => new ProgressDoc(doc).add({ goalId: 'g', date: '2026-11-02', value: 40, setting: 'home' }, asParent)), teacher)).toBe(true);
  });

  it('lets edits to a colleague’s existing goal through', () => {
    const doc = new Y.Doc();
    const goalId = planDoc(doc).goals.add({ area: 'sensory', target: 'Uses a wiggle cushion' }, asParent);
    const edit = updateOf(() => planDoc(doc).goals.text(goalId, 'target')!.insert(0, 'Calmly '), doc);
    expect(forgesAuthorship(edit, teacher)).toBe(false);
  });
});
