import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { planDoc, planRoots, supportKeys, type Author } from '../../shared/schema';

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };
const clinician: Author = { userId: 'u-ot', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };

function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    }
  }
}

function supportItem(doc: Y.Doc, id: string): Y.Map<unknown> {
  const item = doc.getMap<unknown>(planRoots.supports).get(id);
  if (!(item instanceof Y.Map)) throw new Error('support item missing');
  return item;
}

describe('support status per setting', () => {
  it('marks a setting used, not used or not needed here', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.supports.add({ kind: 'accommodation', title: 'Visual schedule', use: { classroom: { status: 'used' } } }, teacher);
    plan.supports.setUse(id, 'clinic', { status: 'not_needed', note: 'Sessions are one to one' });
    expect(plan.supports.get(id)?.use).toEqual({
      classroom: { status: 'used', used: true, note: '' },
      clinic: { status: 'not_needed', used: false, note: 'Sessions are one to one' },
      home: { status: 'not_used', used: false, note: '' },
    });
  });

  it('reads a document written before the three states: the boolean maps to used and not used', () => {
    const doc = new Y.Doc();
    const plan = planDoc(doc);
    const id = plan.supports.add({ kind: 'accommodation', title: 'Pencil grip' }, teacher);
    // What an older client wrote: only the boolean keys.
    doc.transact(() => {
      const item = supportItem(doc, id);
      item.set(`${supportKeys.usedPrefix}classroom`, true);
      item.set(`${supportKeys.usedPrefix}clinic`, false);
    });
    expect(plan.supports.get(id)?.use).toMatchObject({
      classroom: { status: 'used', used: true },
      clinic: { status: 'not_used', used: false },
      home: { status: 'not_used', used: false },
    });
  });

  it('keeps the boolean in step, so an older reader still sees "used" exactly when it is used', () => {
    const doc = new Y.Doc();
    const plan = planDoc(doc);
    const id = plan.supports.add({ kind: 'accommodation', title: 'Pencil grip', use: { classroom: { used: true } } }, teacher);
    plan.supports.setUse(id, 'classroom', { status: 'not_needed' });
    plan.supports.setUse(id, 'home', { status: 'used' });
    const item = supportItem(doc, id);
    expect(item.get(`${supportKeys.usedPrefix}classroom`)).toBe(false);
    expect(item.get(`${supportKeys.usedPrefix}home`)).toBe(true);
  });

  it('ignores a status value it does not know and falls back to the boolean', () => {
    const doc = new Y.Doc();
    const plan = planDoc(doc);
    const id = plan.supports.add({ kind: 'accommodation', title: 'Timer', use: { home: { used: true } } }, parent);
    doc.transact(() => supportItem(doc, id).set(`${supportKeys.statusPrefix}home`, 'sometimes'));
    expect(plan.supports.get(id)?.use.home.status).toBe('used');
  });

  it('two people marking different settings at once both keep theirs', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = planDoc(a).supports.add({ kind: 'sensory_strategy', title: 'Movement break' }, teacher);
    syncAll(a, b);
    planDoc(a).supports.setUse(id, 'classroom', { status: 'used' });
    planDoc(b).supports.setUse(id, 'clinic', { status: 'not_needed' });
    syncAll(a, b);
    for (const doc of [a, b]) {
      expect(planDoc(doc).supports.get(id)?.use).toMatchObject({
        classroom: { status: 'used' },
        clinic: { status: 'not_needed' },
        home: { status: 'not_used' },
      });
    }
  });

  it('two people marking the same setting differently converge on one of the two, with the boolean agreeing', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = planDoc(a).supports.add({ kind: 'sensory_strategy', title: 'Movement break' }, clinician);
    syncAll(a, b);
    planDoc(a).supports.setUse(id, 'clinic', { status: 'used' });
    planDoc(b).supports.setUse(id, 'clinic', { status: 'not_needed' });
    syncAll(a, b);
    const useA = planDoc(a).supports.get(id)?.use.clinic;
    const useB = planDoc(b).supports.get(id)?.use.clinic;
    expect(useA).toEqual(useB);
    expect(['used', 'not_needed']).toContain(useA?.status);
    expect(supportItem(a, id).get(`${supportKeys.usedPrefix}clinic`)).toBe(useA?.status === 'used');
  });
});
