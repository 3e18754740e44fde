import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { draftPriorWrittenNotice } from '../../shared/priorNoticeDraft';
import { fieldLimits } from '../../shared/schema/limits';
import { createUndoManager, meetingDoc, participantCoverage, planDoc, planRoots, priorNoticeElements, type Author } from '../../shared/schema';

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };
const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };

function syncAll(...docs: Y.Doc[]): void {
  for (const from of docs) {
    for (const to of docs) {
      if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
    }
  }
}

describe('the IEP parts: two fresh plans initialised at once', () => {
  it('merge into one of each part, with both people’s words and ticks kept', () => {
    const a = planDoc(new Y.Doc());
    const b = planDoc(new Y.Doc());
    a.init();
    b.init();
    a.student.update({ grade: '4', school: 'Lincoln Elementary', dateOfBirth: '2015-04-02' });
    b.student.update({ homeLanguage: 'Spanish' });
    a.student.setCategory('autism', true);
    b.student.setCategory('speech_language_impairment', true);
    a.transition.setText('educationGoal', 'Attend community college');
    b.transition.setText('employmentGoal', 'Work in a library');
    a.priorWrittenNotice.setText('action', 'Begin speech therapy.');
    b.priorWrittenNotice.setText('action', 'Refuse one-to-one aide.');
    syncAll(a.doc, b.doc);

    for (const plan of [a, b]) {
      const snapshot = plan.snapshot();
      expect(snapshot.student).toMatchObject({ grade: '4', school: 'Lincoln Elementary', homeLanguage: 'Spanish', dateOfBirth: '2015-04-02' });
      expect(snapshot.student.eligibilityCategories).toEqual(['autism', 'speech_language_impairment']);
      expect(snapshot.transition.educationGoal).toBe('Attend community college');
      expect(snapshot.transition.employmentGoal).toBe('Work in a library');
      // One text holding both sentences, not two notices.
      expect(snapshot.priorWrittenNotice.action).toContain('Begin speech therapy.');
      expect(snapshot.priorWrittenNotice.action).toContain('Refuse one-to-one aide.');
    }
    expect(a.snapshot()).toEqual(b.snapshot());
    // Every part is a root type by name: nothing was created inside another map.
    expect([...a.doc.share.keys()]).toEqual(expect.arrayContaining([planRoots.student, `${planRoots.transition}.educationGoal`, `${planRoots.priorWrittenNotice}.action`]));
  });

  it('keeps one value for a date two people set at once (last writer wins, never merged characters)', () => {
    const a = planDoc(new Y.Doc());
    const b = planDoc(new Y.Doc());
    a.dates.update({ meetingDate: '2025-09-10' });
    b.dates.update({ meetingDate: '2025-09-12' });
    syncAll(a.doc, b.doc);
    expect(['2025-09-10', '2025-09-12']).toContain(a.snapshot().dates.meetingDate);
    expect(a.snapshot().dates).toEqual(b.snapshot().dates);
  });
});

describe('item lists among the IEP parts', () => {
  it('keeps assessments and contact attempts added by two people at once', () => {
    const a = planDoc(new Y.Doc());
    const b = planDoc(new Y.Doc());
    a.assessments.add({ name: 'State reading test', participation: 'with_accommodations', accommodations: 'Extended time' }, teacher);
    b.assessments.add({ name: 'District math benchmark', participation: 'alternate' }, manager);
    a.parentContactAttempts.add({ text: 'Left a voicemail', date: '2025-09-01', method: 'phone' }, teacher);
    b.parentContactAttempts.add({ text: 'Letter sent home', date: '2025-09-02', method: 'letter' }, manager);
    syncAll(a.doc, b.doc);
    expect(a.assessments.list().map((item) => item.name).sort()).toEqual(['District math benchmark', 'State reading test']);
    expect(b.parentContactAttempts.list()).toHaveLength(2);
    expect(a.snapshot().assessments).toEqual(b.snapshot().assessments);
  });

  it('drops an assessment removed while someone types its justification, leaving no half item', () => {
    const a = planDoc(new Y.Doc());
    const b = planDoc(new Y.Doc());
    const id = a.assessments.add({ name: 'Alternate science', participation: 'alternate' }, teacher);
    syncAll(a.doc, b.doc);
    b.assessments.text(id, 'whyNotRegular')?.insert(0, 'Needs pictures for every item');
    a.assessments.remove(id);
    syncAll(a.doc, b.doc);
    expect(a.assessments.list()).toEqual([]);
    expect(b.assessments.list()).toEqual([]);
    expect(b.assessments.update(id, { whyAlternate: 'late edit' })).toBe(false);
  });

  it('keeps guests and excusals added at one meeting by two people, and counts an excusal only with written agreement', () => {
    const a = meetingDoc(new Y.Doc());
    const b = meetingDoc(new Y.Doc());
    a.team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, manager);
    b.team.guests.add({ name: 'Lucía Gómez', role: 'interpreter' }, teacher);
    a.attendance.mark({ userId: 'u-parent', name: 'Dana Park', role: 'parent' }, 'remote');
    a.attendance.mark({ userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher' }, 'in_person');
    b.attendance.mark({ userId: 'u-cm', name: 'Priya Nair', role: 'case_manager' }, 'in_person');
    const excusal = b.team.excusals.add({ participant: 'evaluation_interpreter', name: 'Dr. Shah' }, manager);
    syncAll(a.doc, b.doc);
    const snapshot = a.snapshot();
    expect(snapshot.guests.map((guest) => guest.name).sort()).toEqual(['Lucía Gómez', 'Mr. Okafor']);
    const states = () => participantCoverage(a.snapshot().attendance, a.snapshot().guests, a.snapshot().excusals).map((entry) => entry.state);
    expect(states()).toEqual(['present', 'present', 'present', 'present', 'missing']);
    b.team.excusals.update(excusal, { parentAgreedInWriting: true, agreementDate: '2025-09-01' });
    syncAll(a.doc, b.doc);
    expect(states()).toEqual(['present', 'present', 'present', 'present', 'excused']);
  });

  it('records the schedule of a support, as services have', () => {
    const plan = planDoc(new Y.Doc());
    const id = plan.supports.add({ kind: 'accommodation', title: 'Extended time', startDate: '2025-09-01', frequency: 'Every test' }, teacher);
    plan.supports.update(id, { location: 'Classroom', duration: 'Through June' });
    expect(plan.supports.get(id)).toMatchObject({ startDate: '2025-09-01', frequency: 'Every test', location: 'Classroom', duration: 'Through June' });
  });
});

describe('tolerant, clamped reads', () => {
  it('ignores wrong types and clamps an oversized value written by a broken client', () => {
    const doc = new Y.Doc();
    doc.getMap(planRoots.student).set('dateOfBirth', 'yesterday');
    doc.getMap(planRoots.student).set('grade', 42);
    doc.getMap(planRoots.student).set('school', 'x'.repeat(fieldLimits.shortValue * 3));
    doc.getMap(planRoots.placement).set('category', 'moon_base');
    doc.getMap(planRoots.placement).set('schoolWeekMinutes', -3);
    doc.getMap(planRoots.extendedSchoolYear).set('decision', 7);
    doc.getText(`${planRoots.transition}.services`).insert(0, 'y'.repeat(fieldLimits.typedText + 100));
    const snapshot = planDoc(doc).snapshot();
    expect(snapshot.student).toMatchObject({ dateOfBirth: '', grade: '' });
    expect(snapshot.student.school).toHaveLength(fieldLimits.shortValue);
    expect(snapshot.placement).toEqual({ category: null, schoolWeekMinutes: null, explanation: '' });
    expect(snapshot.extendedSchoolYear.decision).toBe('undecided');
    expect(snapshot.transition.services).toHaveLength(fieldLimits.typedText);
  });
});

describe('prior written notice', () => {
  it('drafts all seven elements of 300.503(b) from the team’s decisions and fills only empty ones', () => {
    const plan = planDoc(new Y.Doc());
    plan.decisions.add({ text: 'Add 60 minutes of speech therapy each week' }, manager);
    plan.services.add({ type: 'speech', frequency: '2 × 30 min weekly', location: 'Speech room', minutesPerWeek: 60, setting: 'outside_general_education' }, manager);
    plan.placement.setCategory('regular_80_plus');
    plan.placement.setExplanation('Articulation practice needs a quiet room.');
    plan.curriculumEffect.setPlain('Speech errors limit participation in class discussion.');
    plan.parentInput.setPlain('She is shy about speaking at home too.');
    plan.dates.update({ lastEvaluationDate: '2025-05-01' });
    plan.priorWrittenNotice.setText('reasons', 'Our own words.');
    const draft = draftPriorWrittenNotice(plan.snapshot());
    for (const element of priorNoticeElements) expect(draft[element].trim()).not.toBe('');
    const filled = plan.priorWrittenNotice.fillEmpty(draft);
    expect(filled).not.toContain('reasons');
    const notice = plan.snapshot().priorWrittenNotice;
    expect(notice.reasons).toBe('Our own words.');
    expect(notice.action).toContain('Add 60 minutes of speech therapy each week');
    expect(notice.options).toContain('Articulation practice needs a quiet room.');
    expect(plan.priorWrittenNotice.markProvided(true, '2025-09-20', 'Spanish')).toBe(true);
    expect(plan.priorWrittenNotice.markProvided(true, 'soon', 'Spanish')).toBe(false);
    expect(plan.snapshot().priorWrittenNotice).toMatchObject({ provided: true, providedDate: '2025-09-20', providedLanguage: 'Spanish' });
  });
});

describe('undo stays personal', () => {
  it('undoes my student record change without touching a colleague’s', () => {
    const doc = new Y.Doc();
    const mine = planDoc(doc, { origin: 'me' });
    const theirs = planDoc(doc, { origin: 'them' });
    const undo = createUndoManager(doc, 'me');
    mine.student.update({ grade: '5' });
    theirs.student.update({ school: 'Lincoln' });
    undo.undo();
    expect(mine.student.get()).toMatchObject({ grade: '', school: 'Lincoln' });
  });
});
