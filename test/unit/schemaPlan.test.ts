import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  defaultPresentLevelAreas,
  planDoc,
  readDiscussing,
  richTextToPlain,
  sectionIds,
  setDiscussing,
  writePlainParagraphs,
  type Author,
} from '../../shared/schema';

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };
const clinician: Author = { userId: 'u-ot', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };

/** Exchanges every missing update between the docs, as a sync round would. */
function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    }
  }
}

describe('planDoc goals', () => {
  it('records a goal with its author, setting and fields', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.goals.add(
      {
        area: 'fine_motor',
        baseline: 'Holds a pencil with a fisted grasp',
        target: 'Uses a tripod grasp for 10 minutes of writing',
        measurement: 'Weekly work samples',
        progressSchedule: 'With each report card',
        responsibleRoles: ['teacher', 'school_therapist'],
        description: 'Pencil grip for classroom writing.\nPractised daily.',
      },
      teacher,
    );
    const goal = plan.goals.get(id);
    expect(goal).toMatchObject({
      id,
      area: 'fine_motor',
      status: 'draft',
      settings: ['school'],
      responsibleRoles: ['teacher', 'school_therapist'],
      baseline: 'Holds a pencil with a fisted grasp',
      target: 'Uses a tripod grasp for 10 minutes of writing',
      measurement: 'Weekly work samples',
      progressSchedule: 'With each report card',
      createdBy: teacher,
    });
    expect(goal && richTextToPlain(goal.description)).toBe('Pencil grip for classroom writing.\nPractised daily.');
    expect(Date.parse(goal?.createdAt ?? '')).not.toBeNaN();
  });

  it('updates fields in place and keeps the goal order when reordered', () => {
    const plan = planDoc(new Y.Doc());
    const first = plan.goals.add({ area: 'reading' }, teacher);
    const second = plan.goals.add({ area: 'writing' }, teacher);
    const third = plan.goals.add({ area: 'math' }, teacher);
    expect(plan.goals.update(second, { status: 'active', settings: ['school', 'home'], target: 'Writes 3 sentences' })).toBe(true);
    plan.goals.move(third, 0);
    expect(plan.goals.ids()).toEqual([third, first, second]);
    plan.goals.move(third, 5);
    expect(plan.goals.ids()).toEqual([first, second, third]);
    expect(plan.goals.get(second)).toMatchObject({ status: 'active', settings: ['school', 'home'], target: 'Writes 3 sentences' });
  });

  it('exposes live Y types for binding editors', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.goals.add({ area: 'communication' }, teacher);
    plan.goals.text(id, 'baseline')?.insert(0, 'Uses 2-word phrases');
    const fragment = plan.goals.fragment(id, 'description');
    if (fragment) writePlainParagraphs(fragment, 'Requests help with words');
    expect(plan.goals.get(id)?.baseline).toBe('Uses 2-word phrases');
    expect(richTextToPlain(plan.goals.get(id)?.description ?? { type: 'doc' })).toBe('Requests help with words');
    expect(plan.goals.text('missing', 'baseline')).toBeNull();
  });

  it('keeps short-term objectives in order with their done state', () => {
    const plan = planDoc(new Y.Doc());
    const goal = plan.goals.add({ area: 'fine_motor' }, teacher);
    const a = plan.goals.objectives.add(goal, { text: 'Tripod grasp for 2 minutes' }, teacher);
    const b = plan.goals.objectives.add(goal, { text: 'Tripod grasp for 5 minutes' }, clinician);
    expect(a).not.toBeNull();
    expect(b).not.toBeNull();
    if (!a || !b) return;
    plan.goals.objectives.update(goal, a, { done: true });
    plan.goals.objectives.move(goal, b, 0);
    expect(plan.goals.get(goal)?.objectives.map(({ text, done }) => ({ text, done }))).toEqual([
      { text: 'Tripod grasp for 5 minutes', done: false },
      { text: 'Tripod grasp for 2 minutes', done: true },
    ]);
    plan.goals.objectives.remove(goal, a);
    expect(plan.goals.objectives.list(goal).map((objective) => objective.id)).toEqual([b]);
    expect(plan.goals.objectives.add('no-such-goal', { text: 'x' }, teacher)).toBeNull();
  });

  it('links a school goal to its complementary clinic goal, seen from both sides', () => {
    const plan = planDoc(new Y.Doc());
    const grip = plan.goals.add({ area: 'fine_motor', target: 'Pencil grip for writing' }, teacher);
    const strength = plan.goals.add({ area: 'fine_motor', target: 'Hand strength' }, clinician);
    const link = plan.links.add({ goalId: grip, otherGoalId: strength, note: 'Strength supports the grip' }, clinician);
    expect(link).not.toBeNull();
    expect(plan.goals.get(grip)?.links).toEqual([{ linkId: link, goalId: strength, note: 'Strength supports the grip' }]);
    expect(plan.goals.get(strength)?.links).toEqual([{ linkId: link, goalId: grip, note: 'Strength supports the grip' }]);
    expect(plan.links.add({ goalId: strength, otherGoalId: grip }, teacher)).toBe(link);
    expect(plan.links.add({ goalId: grip, otherGoalId: grip }, teacher)).toBeNull();
    plan.goals.remove(strength);
    expect(plan.goals.get(grip)?.links).toEqual([]);
  });
});

describe('planDoc supports and services', () => {
  it('marks where a support is used, with a note per setting', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.supports.add(
      { kind: 'sensory_strategy', title: 'Movement break', use: { clinic: { used: true, note: 'Before fine motor work' } } },
      clinician,
    );
    plan.supports.setUse(id, 'classroom', { used: true });
    plan.supports.setUse(id, 'home', { note: 'Not tried yet' });
    expect(plan.supports.get(id)).toMatchObject({
      kind: 'sensory_strategy',
      title: 'Movement break',
      use: {
        classroom: { used: true, note: '' },
        clinic: { used: true, note: 'Before fine motor work' },
        home: { used: false, note: 'Not tried yet' },
      },
      createdBy: clinician,
    });
  });

  it('records services with an optional end date', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.services.add(
      { type: 'ot', provider: 'School OT', frequency: '2 × weekly', duration: '30 min', location: 'OT room', startDate: '2025-09-02' },
      teacher,
    );
    expect(plan.services.get(id)).not.toHaveProperty('endDate');
    plan.services.update(id, { endDate: '2026-06-15' });
    expect(plan.services.get(id)).toMatchObject({ type: 'ot', provider: 'School OT', endDate: '2026-06-15', createdBy: teacher });
  });
});

describe('planDoc sections', () => {
  it('shows the default present-level areas, and lets the team hide and reorder them', () => {
    const plan = planDoc(new Y.Doc());
    expect(plan.presentLevels.areas().map((level) => level.area)).toEqual(defaultPresentLevelAreas);
    plan.presentLevels.setShown('behaviour', false);
    plan.presentLevels.setShown('other', true);
    plan.presentLevels.move('fine_motor', 0);
    const areas = plan.presentLevels.areas().map((level) => level.area);
    expect(areas[0]).toBe('fine_motor');
    expect(areas).not.toContain('behaviour');
    expect(areas).toContain('other');
    expect(new Set(areas).size).toBe(areas.length);
  });

  it('keeps an area text when the area is hidden and shown again', () => {
    const plan = planDoc(new Y.Doc());
    writePlainParagraphs(plan.presentLevels.fragment('sensory'), 'Seeks movement during seated work');
    plan.presentLevels.setShown('sensory', false);
    plan.presentLevels.setShown('sensory', true);
    const sensory = plan.presentLevels.areas().find((level) => level.area === 'sensory');
    expect(sensory && richTextToPlain(sensory.content)).toBe('Seeks movement during seated work');
  });

  it('holds special factors, parent input, decisions and plan metadata', () => {
    const plan = planDoc(new Y.Doc());
    plan.specialFactors.setConsidered('assistive_technology', true);
    plan.specialFactors.setNote('assistive_technology', 'Slant board and pencil grip');
    plan.parentInput.setPlain('He writes his name at home when calm');
    plan.decisions.add({ text: 'Start OT twice weekly', decidedAt: '2025-09-10T15:00:00.000Z' }, parent);
    plan.meta.setTitle('IEP 2025–26');
    plan.meta.setStatus('proposed');
    const snapshot = plan.snapshot();
    expect(snapshot.specialFactors.find((factor) => factor.factor === 'assistive_technology')).toMatchObject({
      considered: true,
      note: 'Slant board and pencil grip',
    });
    expect(richTextToPlain(snapshot.parentInput)).toBe('He writes his name at home when calm');
    expect(snapshot.decisions).toMatchObject([{ text: 'Start OT twice weekly', decidedAt: '2025-09-10T15:00:00.000Z', createdBy: parent }]);
    expect(snapshot).toMatchObject({ title: 'IEP 2025–26', status: 'proposed' });
  });
});

describe('planDoc initial structure', () => {
  it('does not duplicate anything when two members open a new plan at the same moment', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const planA = planDoc(a);
    const planB = planDoc(b);
    planA.init();
    planB.init();
    writePlainParagraphs(planA.presentLevels.fragment('reading'), 'Reads 40 words per minute');
    planB.parentInput.setPlain('Loves picture books');
    syncAll(a, b);
    for (const plan of [planA, planB]) {
      const snapshot = plan.snapshot();
      expect(snapshot.schemaVersion).toBe(1);
      expect(snapshot.presentLevels.map((level) => level.area)).toEqual(defaultPresentLevelAreas);
      expect(snapshot.goals).toEqual([]);
      expect(snapshot.specialFactors).toHaveLength(5);
      const reading = snapshot.presentLevels.find((level) => level.area === 'reading');
      expect(reading && richTextToPlain(reading.content)).toBe('Reads 40 words per minute');
      expect(richTextToPlain(snapshot.parentInput)).toBe('Loves picture books');
    }
    expect(planA.snapshot()).toEqual(planB.snapshot());
  });

  it('keeps both people’s words when two type into the same new section before syncing', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    planDoc(a).presentLevels.fragment('math').insert(0, [new Y.XmlText('Counts to 20. ')]);
    planDoc(b).presentLevels.fragment('math').insert(0, [new Y.XmlText('Adds within 10.')]);
    syncAll(a, b);
    const text = (doc: Y.Doc) => richTextToPlain(planDoc(doc).presentLevels.areas().find((l) => l.area === 'math')?.content ?? { type: 'doc' });
    expect(text(a)).toContain('Counts to 20.');
    expect(text(a)).toContain('Adds within 10.');
    expect(text(a)).toBe(text(b));
  });
});

describe('now discussing', () => {
  it('lists sections in the order of the law’s checklist', () => {
    expect(sectionIds).toEqual([
      'student',
      'dates',
      'presentLevels',
      'goals',
      'services',
      'supports',
      'participation',
      'assessments',
      'extendedSchoolYear',
      'transition',
      'specialFactors',
      'parentInput',
      'meetingTeam',
      'parentParticipation',
      'decisions',
      'priorWrittenNotice',
    ]);
  });

  it('announces the section and item being discussed, and ignores malformed states', () => {
    const state: Record<string, unknown> = {};
    const awareness = { setLocalStateField: (field: string, value: unknown) => void (state[field] = value) };
    setDiscussing(awareness, { section: 'goals', itemId: 'g1' });
    expect(readDiscussing(state)).toEqual({ section: 'goals', itemId: 'g1' });
    setDiscussing(awareness, null);
    expect(readDiscussing(state)).toBeNull();
    expect(readDiscussing({ discussing: { section: 'gossip' } })).toBeNull();
    expect(readDiscussing({ discussing: { section: 'supports', itemId: 42 } })).toEqual({ section: 'supports' });
  });
});
