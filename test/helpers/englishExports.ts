import * as Y from 'yjs';
import type { MeetingSummary, MemberView } from '../../shared/api';
import { meetingDoc, planDoc, type Author, type DataPointView } from '../../shared/schema';
import type { MeetingExportInput, PlanExportInput } from '../../server/export/ExportInput';
import { renderHtml, renderMeetingHtml, renderOutlineHtml } from '../../server/export/html';
import { renderMarkdown, renderMeetingMarkdown, renderOutlineMarkdown } from '../../server/export/markdown';
import { progressReportOutline } from '../../server/export/progressReportOutline';
import type { Language } from '../../shared/i18n/languages';
import { writeCompletePlan } from './iepFixture';

/**
 * Exports of one fixed plan, meeting and progress report, as Markdown and HTML. The files in
 * test/fixtures/english-exports were written from the English ones before the Spanish fixed
 * text was added, so comparing with them proves English copies did not change by one byte.
 */

const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };
const clinic: Author = { userId: 'u-sam', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };

const team: MemberView[] = [manager, parent, clinic].map((author) => ({
  userId: author.userId,
  displayName: author.name,
  email: `${author.userId}@example.org`,
  role: author.role,
  setting: author.setting,
  joinedAt: '2025-01-10T09:00:00.000Z',
}));

function meeting(language?: Language): MeetingExportInput {
  const doc = meetingDoc(new Y.Doc());
  doc.init();
  doc.meta.setKind('iep_meeting');
  doc.meta.setStartsAt('2025-09-10T15:00:00.000Z');
  doc.agenda.add({ text: 'Review present levels', covered: true }, manager);
  doc.agenda.add({ text: 'Agree the home routine' }, manager);
  doc.attendance.mark({ userId: parent.userId, name: parent.name, role: parent.role }, 'remote');
  doc.attendance.mark({ userId: manager.userId, name: manager.name, role: manager.role }, 'in_person');
  doc.attendance.mark({ userId: clinic.userId, name: clinic.name, role: clinic.role }, 'absent');
  doc.team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, manager);
  doc.team.excusals.add({ participant: 'general_education_teacher', name: 'Mr. Bell', parentAgreedInWriting: true, agreementDate: '2025-09-08' }, manager);
  doc.notes.setPlain('Grip improves after a movement break.\nFatigue shows after 6 minutes.');
  doc.decisions.add({ text: 'Add a movement break before writing at home.', decidedAt: '2025-09-10T15:40:00.000Z' }, parent);
  doc.actionItems.add({ text: 'Send the putty routine to the classroom', owner: { userId: clinic.userId, name: clinic.name }, due: '2025-09-20' }, clinic);
  doc.actionItems.add({ text: 'Buy grip aids for home', owner: { userId: parent.userId, name: parent.name }, due: '2025-09-17', done: true }, parent);
  const summary: MeetingSummary = { id: 'm1', kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: '2025-09-10T15:00:00.000Z', docName: 'w/meeting/m1' };
  return { meeting: summary, content: doc.snapshot(), student: { name: 'Mia Park', gradeOrBirthDate: 'Grade 4', school: 'Lincoln Elementary' }, team, timeZone: 'America/Chicago', ...(language ? { language } : {}) };
}

function plan(language?: Language): PlanExportInput {
  const doc = planDoc(new Y.Doc());
  doc.init();
  writeCompletePlan(doc, manager);
  doc.student.update({ dateOfBirth: '2009-10-01' });
  doc.transition.setText('educationGoal', 'Enrol in a community college welding course');
  doc.transition.setRightsInformed(true, '2025-09-10');
  const notes = meeting();
  return {
    plan: doc.snapshot(),
    student: notes.student,
    timeZone: 'America/Chicago',
    team,
    meetings: [{ meeting: notes.meeting, content: notes.content }],
    version: null,
    ...(language ? { language } : {}),
  };
}

function progressReport(input: PlanExportInput, language?: Language) {
  const goals = input.plan.goals.map((goal, index) => {
    const points: DataPointView[] = [0, 1, 2, 3].map((step) => ({
      id: `p${index}-${step}`,
      goalId: goal.id,
      date: `2025-10-0${step + 1}`,
      value: 40 + step * 10 + index,
      setting: step % 2 === 0 ? 'school' : 'home',
      note: step === 3 ? 'Needed one prompt' : '',
      recordedBy: step % 2 === 0 ? manager : parent,
      recordedAt: `2025-10-0${step + 1}T15:00:00.000Z`,
    }));
    return { goal, measure: { kind: 'percent' as const, ratingMax: 5, baseline: 40, target: 80, higherIsBetter: true }, points };
  });
  return progressReportOutline({
    student: input.student,
    period: { from: '2025-09-01', to: '2025-10-31' },
    goals,
    source: { versionNumber: 2, agreedOn: '2025-09-12' },
    issuedOn: '2025-11-03',
    author: 'Priya Nair',
    ...(language ? { language } : {}),
  });
}

/** Every file by name ("plan.md"), in English, the language the code wrote before Spanish. */
export function englishExports(): Record<string, string> {
  return exportsIn();
}

/** The same files with their fixed text in `language` (English when absent). */
export function exportsIn(language?: Language): Record<string, string> {
  const planInput = plan(language);
  const notes = meeting(language);
  const report = progressReport(planInput, language);
  return {
    'plan.md': renderMarkdown(planInput),
    'plan.html': renderHtml(planInput),
    'meeting.md': renderMeetingMarkdown(notes),
    'meeting.html': renderMeetingHtml(notes),
    'progress-report.md': renderOutlineMarkdown(report),
    'progress-report.html': renderOutlineHtml(report),
  };
}

/** Everything the team wrote in the fixed plan and meeting, as one text: the words no language changes. */
export function teamWords(): string {
  const notes = meeting();
  return JSON.stringify([plan().plan, notes.content, notes.meeting]);
}

/** The meeting notes' input, for renderers a test calls itself (PDF, Word). */
export function meetingInput(language?: Language): MeetingExportInput {
  return meeting(language);
}
