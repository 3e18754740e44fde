import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingDoc, richTextToPlain, type Author } from '../../shared/schema';

const caseManager: Author = { userId: 'u-cm', name: 'Alex Moreno', role: 'case_manager', setting: 'school' };
const clinician: Author = { userId: 'u-ot', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };

function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    }
  }
}

describe('meetingDoc', () => {
  it('records the kind, time and title of a joint evaluation session', () => {
    const meeting = meetingDoc(new Y.Doc());
    meeting.init();
    expect(meeting.meta.get()).toEqual({ schemaVersion: 1, kind: 'iep_meeting', startsAt: '', title: '' });
    meeting.meta.setKind('joint_evaluation');
    meeting.meta.setStartsAt('2025-10-03T14:30:00.000Z');
    meeting.meta.setTitle('Handwriting observation');
    expect(meeting.meta.get()).toMatchObject({ kind: 'joint_evaluation', startsAt: '2025-10-03T14:30:00.000Z', title: 'Handwriting observation' });
  });

  it('keeps the agenda in the order the team arranges it', () => {
    const meeting = meetingDoc(new Y.Doc());
    const progress = meeting.agenda.add({ text: 'Progress since last check-in' }, caseManager);
    const supports = meeting.agenda.add({ text: 'Supports at home' }, caseManager);
    const grip = meeting.agenda.add({ text: 'Pencil grip and hand strength' }, clinician);
    meeting.agenda.move(grip, 0);
    meeting.agenda.update(progress, { covered: true });
    expect(meeting.agenda.list().map(({ text, covered }) => ({ text, covered }))).toEqual([
      { text: 'Pencil grip and hand strength', covered: false },
      { text: 'Progress since last check-in', covered: true },
      { text: 'Supports at home', covered: false },
    ]);
    meeting.agenda.remove(supports);
    expect(meeting.agenda.list()).toHaveLength(2);
  });

  it('records one attendance entry per member even when two people mark them at once', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const parent = { userId: 'u-parent', name: 'Dana Park', role: 'parent' } as const;
    meetingDoc(a).attendance.mark(parent, 'in_person');
    meetingDoc(b).attendance.mark(parent, 'remote');
    meetingDoc(b).attendance.mark({ userId: 'u-ot', name: 'Sam Lee', role: 'clinical_therapist' }, 'absent');
    syncAll(a, b);
    const list = meetingDoc(a).attendance.list();
    expect(list.map((entry) => entry.name)).toEqual(['Dana Park', 'Sam Lee']);
    expect(['in_person', 'remote']).toContain(list[0]?.mode);
    expect(meetingDoc(b).attendance.list()).toEqual(list);
  });

  it('holds notes, decisions and action items with owners and due dates', () => {
    const meeting = meetingDoc(new Y.Doc());
    meeting.notes.setPlain('Both therapists observed handwriting.\nParent reports less fatigue.');
    meeting.decisions.add({ text: 'Try a slant board in class and at home' }, caseManager);
    const action = meeting.actionItems.add(
      { text: 'Send hand-strength exercises to the teacher', owner: { userId: 'u-ot', name: 'Sam Lee' }, due: '2025-10-10' },
      clinician,
    );
    meeting.actionItems.update(action, { done: true });
    const snapshot = meeting.snapshot();
    expect(richTextToPlain(snapshot.notes)).toBe('Both therapists observed handwriting.\nParent reports less fatigue.');
    expect(snapshot.decisions.map((decision) => decision.text)).toEqual(['Try a slant board in class and at home']);
    expect(snapshot.actionItems).toMatchObject([
      {
        text: 'Send hand-strength exercises to the teacher',
        owner: { userId: 'u-ot', name: 'Sam Lee' },
        due: '2025-10-10',
        done: true,
        createdBy: clinician,
      },
    ]);
    meeting.actionItems.update(action, { owner: null });
    expect(meeting.actionItems.get(action)?.owner).toBeNull();
  });

  it('merges two people typing the same action item', () => {
    const base = new Y.Doc();
    const id = meetingDoc(base).actionItems.add({ text: 'Call the clinic' }, caseManager);
    const a = new Y.Doc();
    const b = new Y.Doc();
    syncAll(base, a, b);
    const textA = meetingDoc(a).actionItems.text(id);
    textA?.insert(textA.length, ' on Monday');
    meetingDoc(b).actionItems.text(id)?.insert(0, 'Parent: ');
    syncAll(a, b);
    expect(meetingDoc(a).actionItems.get(id)?.text).toBe('Parent: Call the clinic on Monday');
    expect(meetingDoc(b).snapshot()).toEqual(meetingDoc(a).snapshot());
  });
});
