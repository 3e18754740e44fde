import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MemberView } from '../../shared/api';
import { meetingDoc, planDoc, priorNoticeElementLabels, priorNoticeElements, sectionIds, sectionLabels, type Author } from '../../shared/schema';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { exportFormats, renderPlan } from '../../server/export/exportFormats';
import { docxPart, pdfText, squash } from '../helpers/exportText';
import { writeCompletePlan } from '../helpers/iepFixture';

const manager: Author = { userId: 'u-cm', name: 'Priya Nair', role: 'case_manager', setting: 'school' };
const parent: Author = { userId: 'u-parent', name: 'Dana Park', role: 'parent', setting: 'home' };

const team: MemberView[] = [manager, parent].map((author) => ({
  userId: author.userId,
  displayName: author.name,
  email: `${author.userId}@example.org`,
  role: author.role,
  setting: author.setting,
  joinedAt: '2025-01-10T09:00:00.000Z',
}));

function input(): PlanExportInput {
  const plan = planDoc(new Y.Doc());
  plan.init();
  writeCompletePlan(plan, manager);
  plan.student.update({ dateOfBirth: '2009-10-01' });
  plan.transition.setText('educationGoal', 'Enrol in a community college welding course');
  plan.transition.setRightsInformed(true, '2025-09-10');
  const meeting = meetingDoc(new Y.Doc());
  meeting.attendance.mark({ userId: 'u-parent', name: 'Dana Park', role: 'parent' }, 'remote');
  meeting.team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, manager);
  meeting.team.excusals.add({ participant: 'general_education_teacher', name: 'Mr. Bell', parentAgreedInWriting: true, agreementDate: '2025-09-08' }, manager);
  return {
    plan: plan.snapshot(),
    student: { name: 'Mia Park', gradeOrBirthDate: 'Grade 4', school: 'Lincoln Elementary' },
    timeZone: 'America/Chicago',
    team,
    meetings: [
      {
        meeting: { id: 'm1', kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: '2025-09-10T15:00:00.000Z', docName: 'w/meeting/m1' },
        content: meeting.snapshot(),
      },
    ],
    version: null,
  };
}

/** Plain words of each format, whitespace removed, so wrapped lines and markup do not matter. */
async function words(format: (typeof exportFormats)[number]): Promise<string> {
  const { bytes } = await renderPlan(format, input());
  // The PDF is read in the order a screen reader follows its tags, so a wrapped table cell
  // stays one phrase (see pdfText).
  if (format === 'pdf') return (await pdfText(bytes, 'content')).all;
  if (format === 'docx') return squash((await docxPart(bytes, 'word/document.xml')).replace(/<[^>]+>/g, ''));
  const text = Buffer.from(bytes).toString('utf8');
  // Markdown escapes punctuation with backslashes; the words are what a reader sees.
  return squash(format === 'html' ? text.replace(/<[^>]+>/g, '').replace(/&#39;|&rsquo;|&#x27;/g, '’') : text.replace(/\\(.)/g, '$1'));
}

function expectInOrder(haystack: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(squash(needle), from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

describe.each(exportFormats)('the complete IEP in %s', (format) => {
  it('holds every component in the law’s order, and the seven elements of the prior written notice', async () => {
    const text = await words(format);
    expectInOrder(text, sectionIds.map((section) => sectionLabels[section]));
    expectInOrder(text, [
      'Speech or language impairment',
      'Annual review due by',
      'How the disability affects involvement and progress in the general education curriculum',
      'Minutes per week outside general education',
      '96.9%',
      'Regular class 80% or more of the day',
      'State reading test',
      'Extended school year services are not needed',
      'Enrol in a community college welding course',
      'The student has been informed of the rights that will transfer',
      'Excused with the parent’s written agreement',
      'District representative',
      'Mr. Okafor',
      'Meeting notice sent',
    ]);
    expectInOrder(
      text,
      priorNoticeElements.map((element, index) => `${index + 1}. ${priorNoticeElementLabels[element]}`),
    );
    expect(text).toContain(squash('Provided to the parents on September 12, 2025, in English.'));
  });
});
