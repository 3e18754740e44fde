import { draftPriorWrittenNotice } from '../../shared/priorNoticeDraft';
import { specialFactors, writePlainParagraphs, type Author, type PlanDoc } from '../../shared/schema';

/**
 * Writes every required component of an IEP into a plan, except the ones named in `leaveOut`,
 * so tests can start from "all but two parts complete".
 */
export type FixturePart = 'student' | 'dates' | 'presentLevels' | 'goals' | 'services' | 'placement' | 'assessments' | 'extendedSchoolYear' | 'specialFactors' | 'parentParticipation' | 'priorWrittenNotice';

export function writeCompletePlan(plan: PlanDoc, author: Author, leaveOut: readonly FixturePart[] = [], dates = { meeting: '2025-09-10', start: '2025-09-15', end: '2026-09-09' }): void {
  const has = (part: FixturePart) => !leaveOut.includes(part);
  if (has('student')) {
    plan.student.update({ dateOfBirth: '2015-04-02', grade: '4', school: 'Lincoln Elementary', eligibilityDate: '2023-05-01', homeLanguage: 'English' });
    plan.student.setCategory('speech_language_impairment', true);
  }
  if (has('dates')) plan.dates.update({ meetingDate: dates.meeting, startDate: dates.start, endDate: dates.end });
  if (has('presentLevels')) {
    plan.doc.transact(() => writePlainParagraphs(plan.presentLevels.fragment('communication'), 'Is understood by familiar adults.'), plan.origin);
    plan.curriculumEffect.setPlain('Speech errors limit participation in class discussion.');
  }
  if (has('goals')) {
    plan.goals.add({ area: 'communication', baseline: 'Says /r/ correctly 20% of the time', target: '80% of the time', measurement: 'Speech probes', progressSchedule: 'Quarterly' }, author);
  }
  if (has('services')) {
    plan.services.add({ type: 'speech', provider: 'Speech therapist', frequency: '2 × 30 min weekly', duration: '30 min', location: 'Speech room', startDate: dates.start, minutesPerWeek: 60, setting: 'outside_general_education' }, author);
  }
  if (has('placement')) {
    plan.placement.setCategory('regular_80_plus');
    plan.placement.setExplanation('Articulation practice needs a quiet room, twice a week.');
  }
  if (has('assessments')) plan.assessments.add({ name: 'State reading test', participation: 'with_accommodations', accommodations: 'Extended time' }, author);
  if (has('extendedSchoolYear')) {
    plan.extendedSchoolYear.setConsidered(true);
    plan.extendedSchoolYear.setDecision('not_eligible');
    plan.extendedSchoolYear.setText('reason', 'No regression over breaks in the data.');
  }
  if (has('specialFactors')) for (const factor of specialFactors) plan.specialFactors.setConsidered(factor, true);
  if (has('parentParticipation')) plan.parentParticipation.update({ noticeSentDate: '2025-08-25', noticeMethod: 'letter' });
  if (has('priorWrittenNotice')) {
    // A fixed date, so what the exports print of it is the same on every day the tests run.
    plan.decisions.add({ text: 'Provide speech therapy twice a week', decidedAt: '2025-09-12T15:00:00.000Z' }, author);
    plan.parentInput.setPlain('She practises sounds at home.');
    plan.priorWrittenNotice.fillEmpty(draftPriorWrittenNotice(plan.snapshot()));
    plan.priorWrittenNotice.markProvided(true, '2025-09-12', 'English');
  }
}
