import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  goalKeys,
  itemKeys,
  linkKeys,
  meetingDoc,
  meetingRoots,
  objectiveKeys,
  planDoc,
  planMetaKeys,
  planRoots,
  serviceKeys,
  specialFactorKeys,
  supportKeys,
  type Author,
} from '../../shared/schema';

/*
 * These tests build documents the way an older or a broken client might have written them,
 * using the schema's own key constants, and check that reading (what the server's export
 * does with any stored version) shows what can be shown and never throws.
 */

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };

function rawItem(container: Y.Map<unknown>, id: string, fields: Record<string, unknown>): Y.Map<unknown> {
  const item = new Y.Map<unknown>();
  container.set(id, item);
  item.set(itemKeys.id, id);
  for (const [key, value] of Object.entries(fields)) item.set(key, value);
  return item;
}

describe('schema readers on older or damaged documents', () => {
  it('reads an empty document as an empty plan with defaults', () => {
    const snapshot = planDoc(new Y.Doc()).snapshot();
    expect(snapshot).toMatchObject({ schemaVersion: 0, title: '', status: 'draft', goals: [], supports: [], services: [] });
    expect(meetingDoc(new Y.Doc()).snapshot()).toMatchObject({ schemaVersion: 0, kind: 'iep_meeting', agenda: [] });
  });

  it('shows a goal missing most fields with defaults, and ignores mistyped values', () => {
    const doc = new Y.Doc();
    const goals = doc.getMap<unknown>(planRoots.goals);
    rawItem(goals, 'old1', {
      [goalKeys.area]: 42,
      [goalKeys.status]: 'finished',
      [`${goalKeys.settingPrefix}school`]: 'yes',
      [`${goalKeys.settingPrefix}home`]: true,
      [`${goalKeys.rolePrefix}wizard`]: true,
      [goalKeys.baseline]: 'Baseline stored as a plain string',
      [goalKeys.target]: 7,
      [itemKeys.createdBy]: { userId: 'u1', name: 'Someone', role: 'king', setting: 'school' },
      [itemKeys.order]: '!!',
    });
    const [goal] = planDoc(doc).goals.list();
    expect(goal).toMatchObject({
      id: 'old1',
      area: 'other',
      status: 'draft',
      settings: ['home'],
      responsibleRoles: [],
      baseline: 'Baseline stored as a plain string',
      target: '',
      objectives: [],
      links: [],
      createdBy: null,
      createdAt: '',
    });
  });

  it('skips entries that are not complete records instead of showing half an item', () => {
    const doc = new Y.Doc();
    const goals = doc.getMap<unknown>(planRoots.goals);
    goals.set('plain', 'not a goal');
    goals.set('noId', new Y.Map<unknown>());
    rawItem(goals, 'wrongKey', {}).set(itemKeys.id, 'somethingElse');
    rawItem(goals, 'good', { [goalKeys.area]: 'math' });
    expect(planDoc(doc).goals.ids()).toEqual(['good']);
    expect(planDoc(doc).goals.get('plain')).toBeNull();
  });

  it('upgrades an old plain-string field to live text when someone starts typing, keeping its words', () => {
    const doc = new Y.Doc();
    rawItem(doc.getMap<unknown>(planRoots.goals), 'old1', { [goalKeys.target]: 'Writes 3 sentences' });
    const plan = planDoc(doc);
    const text = plan.goals.text('old1', 'target');
    expect(text?.toString()).toBe('Writes 3 sentences');
    text?.insert(text.length, ' independently');
    expect(plan.goals.get('old1')?.target).toBe('Writes 3 sentences independently');
  });

  it('lets older goals without an objectives list gain objectives', () => {
    const doc = new Y.Doc();
    rawItem(doc.getMap<unknown>(planRoots.goals), 'old1', { [goalKeys.area]: 'reading' });
    const plan = planDoc(doc);
    expect(plan.goals.objectives.add('old1', { text: 'Reads CVC words' }, teacher)).not.toBeNull();
    expect(plan.goals.get('old1')?.objectives.map((objective) => objective.text)).toEqual(['Reads CVC words']);
  });

  it('ignores damaged objectives, links, supports and services', () => {
    const doc = new Y.Doc();
    const goal = rawItem(doc.getMap<unknown>(planRoots.goals), 'g1', {});
    const objectives = new Y.Map<unknown>();
    goal.set(objectiveKeys.container, objectives);
    objectives.set('bad', 5);
    rawItem(objectives, 'o1', { [objectiveKeys.done]: 'true' });
    const links = doc.getMap<unknown>(planRoots.links);
    rawItem(links, 'g1~gone', { [linkKeys.goalA]: 'g1', [linkKeys.goalB]: 'gone' });
    rawItem(links, 'g1~g1', { [linkKeys.goalA]: 'g1', [linkKeys.goalB]: 'g1' });
    rawItem(doc.getMap<unknown>(planRoots.supports), 's1', {
      [supportKeys.kind]: 'magic',
      [`${supportKeys.usedPrefix}classroom`]: 1,
      [`${supportKeys.notePrefix}home`]: { text: 'not a string' },
    });
    rawItem(doc.getMap<unknown>(planRoots.services), 'v1', { [serviceKeys.type]: 'ot', [serviceKeys.endDate]: 20260101 });
    const plan = planDoc(doc);
    expect(plan.goals.get('g1')?.objectives).toMatchObject([{ id: 'o1', text: '', done: false }]);
    expect(plan.links.list()).toEqual([]);
    expect(plan.supports.get('s1')).toMatchObject({
      kind: 'accommodation',
      title: '',
      use: { classroom: { used: false, note: '' }, home: { used: false, note: '' } },
    });
    expect(plan.services.get('v1')).toMatchObject({ type: 'ot', provider: '', startDate: '' });
    expect(plan.services.get('v1')).not.toHaveProperty('endDate');
  });

  it('reads metadata and special factors of mistyped values as defaults', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap<unknown>(planRoots.meta);
    meta.set(planMetaKeys.schemaVersion, 'one');
    meta.set(planMetaKeys.status, 'signed-in-blood');
    doc.getMap<unknown>(planRoots.specialFactors).set(`braille${specialFactorKeys.consideredSuffix}`, 'yes');
    const plan = planDoc(doc);
    expect(plan.meta.get()).toEqual({ schemaVersion: 0, title: '', status: 'draft' });
    expect(plan.specialFactors.list().every((factor) => !factor.considered)).toBe(true);
    plan.init();
    expect(plan.meta.get().schemaVersion).toBe(1);
  });

  it('reads a document from a newer version, ignoring what it does not know', () => {
    const doc = new Y.Doc();
    const meta = doc.getMap<unknown>(planRoots.meta);
    meta.set(planMetaKeys.schemaVersion, 7);
    doc.getMap<unknown>('progressData').set('p1', 'future');
    rawItem(doc.getMap<unknown>(planRoots.goals), 'g1', { [goalKeys.area]: 'math', futureField: { nested: true } });
    const plan = planDoc(doc);
    plan.init();
    expect(plan.meta.get().schemaVersion).toBe(7);
    expect(plan.goals.get('g1')?.area).toBe('math');
  });

  it('skips attendance entries that are not records, and reads unknown roles as none', () => {
    const doc = new Y.Doc();
    const attendance = doc.getMap<unknown>(meetingRoots.attendance);
    attendance.set('u1', 'present');
    attendance.set('u2', { name: 'Dana Park', role: 'aunt', mode: 'remote' });
    attendance.set('u3', { name: 'Sam Lee', role: 'clinical_therapist', mode: 'teleported' });
    expect(meetingDoc(doc).attendance.list()).toEqual([{ userId: 'u2', name: 'Dana Park', role: null, mode: 'remote' }]);
  });
});
