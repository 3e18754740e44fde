import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffPlans, isEmptyDiff, type PlanDiff } from '../../shared/planDiff';
import type { MeetingTeamSnapshot } from '../../shared/planPartsDiff';
import { planDoc, type Author, type PlanDoc } from '../../shared/schema';
import { writeCompletePlan } from '../helpers/iepFixture';
import type { DiffWords } from '../../shared/diffWords';
import { diffWordsIn } from '../../server/versions/diffWordsIn';

const teacher: Author = { userId: 'u-teacher', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };

/** A complete plan, and a copy of it that a change is made to: the comparison must name exactly that change. */
function beforeAndAfter(
  change: (plan: PlanDoc) => void,
  meetings?: { before: MeetingTeamSnapshot[]; after: MeetingTeamSnapshot[] },
  timeZone?: string,
  words?: DiffWords,
): PlanDiff {
  const original = planDoc(new Y.Doc());
  original.init();
  writeCompletePlan(original, teacher);
  const copy = planDoc(new Y.Doc());
  Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(original.doc));
  change(copy);
  return diffPlans(original.snapshot(), copy.snapshot(), meetings, timeZone, words);
}

const partFields = (diff: PlanDiff, part: string) => diff.parts.find((entry) => entry.part === part)?.fields.map((field) => [field.field, field.before, field.after]);

describe('comparing two versions, part by part', () => {
  it('finds nothing between a plan and its copy', () => {
    expect(isEmptyDiff(beforeAndAfter(() => undefined))).toBe(true);
  });

  it('shows a change in the student record', () => {
    const diff = beforeAndAfter((plan) => {
      plan.student.update({ grade: '5', school: 'Oak Hill Middle' });
      plan.student.setCategory('autism', true);
      plan.student.setInterpreterNeeded(true);
      plan.student.update({ interpreterLanguage: 'Spanish' });
    });
    expect(partFields(diff, 'student')).toEqual(
      expect.arrayContaining([
        ['grade', '4', '5'],
        ['school', 'Lincoln Elementary', 'Oak Hill Middle'],
        ['eligibility', 'Speech or language impairment', 'Autism, Speech or language impairment'],
        ['interpreter', 'No', 'Yes: Spanish'],
      ]),
    );
    expect(diff.parts.map((entry) => entry.part)).toEqual(['student']);
  });

  it('shows a change in the IEP’s dates, with the computed review date', () => {
    const diff = beforeAndAfter((plan) => plan.dates.update({ meetingDate: '2025-10-01' }));
    expect(partFields(diff, 'dates')).toEqual([
      ['meetingDate', 'Sep 10, 2025', 'Oct 1, 2025'],
      ['annualReviewDue', 'Sep 10, 2026', 'Oct 1, 2026'],
    ]);
  });

  it('shows a change in how the disability affects the general curriculum', () => {
    const diff = beforeAndAfter((plan) => plan.curriculumEffect.setPlain('Speech errors limit reading aloud in class.'));
    expect(diff.parts).toEqual([
      expect.objectContaining({ part: 'curriculumEffect', fields: [expect.objectContaining({ before: 'Speech errors limit participation in class discussion.', after: 'Speech errors limit reading aloud in class.' })] }),
    ]);
  });

  it('shows a change in participation and placement', () => {
    const diff = beforeAndAfter((plan) => {
      plan.placement.setCategory('regular_40_to_79');
      plan.placement.setSchoolWeekMinutes(1800);
    });
    expect(partFields(diff, 'placement')).toEqual([
      ['category', expect.stringContaining('80%'), expect.stringContaining('40')],
      ['schoolWeek', '', '1800'],
    ]);
  });

  it('shows an assessment changed, added and removed', () => {
    const diff = beforeAndAfter((plan) => {
      const [reading] = plan.assessments.list();
      plan.assessments.update(reading!.id, { participation: 'alternate', whyNotRegular: 'Cannot read grade-level text yet.', whyAlternate: 'Measures the same standards at his level.' });
      plan.assessments.add({ name: 'District math screener', participation: 'general' }, teacher);
    });
    expect(diff.assessments.added.map((item) => item.label)).toEqual(['District math screener']);
    expect(diff.assessments.changed[0]!.fields.map((field) => [field.field, field.after])).toEqual([
      ['participation', expect.stringMatching(/alternate/i)],
      ['whyNotRegular', 'Cannot read grade-level text yet.'],
      ['whyAlternate', 'Measures the same standards at his level.'],
    ]);
    const removed = beforeAndAfter((plan) => plan.assessments.remove(plan.assessments.list()[0]!.id));
    expect(removed.assessments.removed.map((item) => item.label)).toEqual(['State reading test']);
  });

  it('shows the supports’ start date, frequency, location and duration', () => {
    const diff = beforeAndAfter((plan) => {
      const id = plan.supports.add({ kind: 'accommodation', title: 'Extra time' }, teacher);
      plan.supports.update(id, {});
    });
    expect(diff.supports.added.map((item) => item.label)).toEqual(['Extra time']);
    const changed = (() => {
      const original = planDoc(new Y.Doc());
      const id = original.supports.add({ kind: 'accommodation', title: 'Extra time' }, teacher);
      const copy = planDoc(new Y.Doc());
      Y.applyUpdate(copy.doc, Y.encodeStateAsUpdate(original.doc));
      copy.supports.update(id, { startDate: '2026-09-01', frequency: 'Every test', location: 'Classroom', duration: 'School year' });
      return diffPlans(original.snapshot(), copy.snapshot());
    })();
    expect(changed.supports.changed[0]!.fields.map((field) => [field.field, field.after])).toEqual([
      ['startDate', 'Sep 1, 2026'],
      ['frequency', 'Every test'],
      ['location', 'Classroom'],
      ['duration', 'School year'],
    ]);
  });

  it('shows a change in extended school year', () => {
    const diff = beforeAndAfter((plan) => {
      plan.extendedSchoolYear.setDecision('eligible');
      plan.extendedSchoolYear.setText('services', 'Speech therapy twice a week in July');
      plan.extendedSchoolYear.setText('reason', 'Lost half his progress over winter break.');
    });
    expect(partFields(diff, 'extendedSchoolYear')).toEqual([
      ['decision', 'Extended school year services are not needed', 'Extended school year services will be provided'],
      ['services', '', 'Speech therapy twice a week in July'],
      ['reason', 'No regression over breaks in the data.', 'Lost half his progress over winter break.'],
    ]);
  });

  it('shows a change in transition and in the transfer of rights', () => {
    const diff = beforeAndAfter((plan) => {
      plan.transition.setText('employmentGoal', 'Work in a library after graduation');
      plan.transition.setStudentInvited(true);
      plan.transition.setRightsInformed(true, '2026-04-02');
    });
    expect(partFields(diff, 'transition')).toEqual([
      ['employmentGoal', '', 'Work in a library after graduation'],
      ['studentInvited', 'No', 'Yes'],
      ['rightsInformed', 'No', 'Yes: Apr 2, 2026'],
    ]);
  });

  it('shows a change in the team at a meeting: coverage, guests and excusals', () => {
    const meeting = (overrides: Partial<MeetingTeamSnapshot>): MeetingTeamSnapshot => ({
      id: 'm_1',
      title: 'Annual review',
      startsAt: '2026-12-03T16:00:00.000Z',
      coverage: [{ participant: 'district_representative', state: 'missing', names: [] }],
      guests: [],
      excusals: [],
      ...overrides,
    });
    const diff = beforeAndAfter(() => undefined, {
      before: [meeting({})],
      after: [
        meeting({
          coverage: [{ participant: 'district_representative', state: 'present', names: ['Mr. Okafor'] }],
          guests: [{ id: 'g1', name: 'Mr. Okafor', role: 'district_representative', createdBy: null as never, createdAt: '' }],
          excusals: [{ id: 'e1', participant: 'general_education_teacher', name: 'Ms. Lee', parentAgreedInWriting: true, agreementDate: '2026-12-01', inputSubmitted: true, createdBy: null as never, createdAt: '' }],
        }),
      ],
    });
    expect(partFields(diff, 'meetingTeam')).toEqual([
      ['m_1.coverage', 'District representative: missing', 'District representative: present (Mr. Okafor)'],
      ['m_1.guests', '', 'Mr. Okafor (District representative)'],
      ['m_1.excusals', '', 'Ms. Lee (General education teacher): parent agreed in writing Dec 1, 2026'],
    ]);
  });

  it('shows a change in parent participation and a new attempt to reach the parents', () => {
    const diff = beforeAndAfter((plan) => {
      plan.parentParticipation.update({ copyReceivedDate: '2025-09-20' });
      plan.parentParticipation.setInterpreterProvided(true);
      plan.parentContactAttempts.add({ text: 'Left a voicemail', date: '2025-08-28', method: 'phone' }, teacher);
    });
    expect(partFields(diff, 'parentParticipation')).toEqual([
      ['interpreter', 'No', 'Yes'],
      ['copyReceived', '', 'Sep 20, 2025'],
    ]);
    expect(diff.contactAttempts.added.map((item) => item.label)).toEqual(['Aug 28, 2025, Phone call']);
  });

  it('shows a change in the prior written notice and when it was provided', () => {
    const diff = beforeAndAfter((plan) => {
      plan.priorWrittenNotice.setText('options', 'Consultation only: rejected, too little practice.');
      plan.priorWrittenNotice.markProvided(true, '2025-09-12', 'Spanish');
    });
    expect(partFields(diff, 'priorWrittenNotice')).toEqual([
      ['options', expect.stringContaining('Placement chosen'), 'Consultation only: rejected, too little practice.'],
      ['provided', 'Sep 12, 2025, English', 'Sep 12, 2025, Spanish'],
    ]);
  });

  const eveningMeeting = (overrides: Partial<MeetingTeamSnapshot>): MeetingTeamSnapshot => ({
    id: 'm_1',
    title: 'Annual review',
    // 6:30 PM on December 4 in Chicago.
    startsAt: '2026-12-05T00:30:00.000Z',
    coverage: [{ participant: 'parent', state: 'missing', names: [] }],
    guests: [],
    excusals: [],
    ...overrides,
  });

  it('dates a meeting on the team’s clock, not by its day in UTC', () => {
    const meetings = { before: [eveningMeeting({})], after: [eveningMeeting({ coverage: [{ participant: 'parent', state: 'present', names: ['Rosa Delgado'] }] })] };
    const labels = (timeZone: string) => beforeAndAfter(() => undefined, meetings, timeZone).parts.find((entry) => entry.part === 'meetingTeam')?.fields.map((field) => field.label);
    expect(labels('America/Chicago')).toEqual(['Annual review (Dec 4, 2026): required participants']);
    expect(labels('Europe/Madrid')).toEqual(['Annual review (Dec 5, 2026): required participants']);
  });

  it('writes every label and fixed word in Spanish for a Spanish reader, and the team’s words as they are', () => {
    const spanish = diffWordsIn('es');
    const meetings = { before: [eveningMeeting({})], after: [eveningMeeting({ coverage: [{ participant: 'parent', state: 'present', names: ['Rosa Delgado'] }] })] };
    const diff = beforeAndAfter(
      (plan) => {
        const goal = plan.goals.list()[0]!;
        plan.goals.update(goal.id, { status: 'active' });
        plan.student.update({ grade: '5' });
        plan.student.setInterpreterNeeded(true);
        plan.dates.update({ meetingDate: '2025-10-01' });
      },
      meetings,
      'America/Chicago',
      spanish,
    );
    const goalChange = diff.goals.changed[0]!;
    expect(goalChange.label).toMatch(/^Comunicación: /);
    expect(goalChange.fields.map((field) => [field.label, field.before, field.after])).toEqual([['Estado', 'Borrador', 'Trabajando en ello']]);
    expect(diff.parts.find((entry) => entry.part === 'student')?.fields.map((field) => [field.label, field.before, field.after])).toEqual([
      ['Grado', '4', '5'],
      ['Necesita intérprete', 'No', 'Sí'],
    ]);
    expect(diff.parts.find((entry) => entry.part === 'dates')?.fields[0]).toMatchObject({ label: 'Fecha de la reunión', before: '10 sept 2025', after: '1 oct 2025' });
    expect(diff.parts.find((entry) => entry.part === 'meetingTeam')?.fields.map((field) => [field.label, field.before, field.after])).toEqual([
      ['Annual review (4 dic 2026): participantes obligatorios', 'Padre o madre: ausente', 'Padre o madre: presente (Rosa Delgado)'],
    ]);
  });
});
