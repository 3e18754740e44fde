import {
  contactMethodLabels,
  coversFromMembers,
  participantCoverage,
  priorNoticeElementLabels,
  priorNoticeElements,
  requiredParticipantLabels,
  attendeeRoleLabels,
  type PlanSnapshot,
} from '../../shared/schema';
import type { ExportMeeting, TeamMember } from './ExportInput';
import { emptyLine, formBlocks, given, missingLine, optional, standing, type FormAnswer } from './formAnswers';
import type { Block } from './outline';
import { cleanLine, cleanText, formatDate, formatDateTime, valueRuns } from './text';

/**
 * Outline sections for the team (34 CFR 300.321), parent participation (300.322) and the
 * prior written notice (300.503): the last parts of a complete IEP in the law's order.
 */

const coverageWords = { present: 'Present', excused: 'Excused with the parent’s written agreement', missing: 'Not covered' } as const;

export function meetingTeamBlocks(meetings: readonly ExportMeeting[], timeZone: string, team: readonly TeamMember[] = []): Block[] {
  const coversOf = coversFromMembers(team);
  if (meetings.length === 0) return [{ kind: 'paragraph', runs: [{ text: 'No meetings recorded yet.', muted: true, italic: true }] }];
  const sorted = [...meetings].sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt));
  return sorted.flatMap(({ meeting, content }): Block[] => {
    const coverage = participantCoverage(content.attendance, content.guests ?? [], content.excusals ?? [], coversOf);
    const blocks: Block[] = [
      { kind: 'heading', level: 3, text: `${cleanLine(meeting.title)}, ${formatDateTime(meeting.startsAt, timeZone)}` },
      {
        kind: 'table',
        columns: [
          { label: 'Required participant', width: 0.4 },
          { label: 'Covered', width: 0.3 },
          { label: 'By', width: 0.3 },
        ],
        rows: coverage.map((entry) => [
          [[{ text: requiredParticipantLabels[entry.participant] }]],
          [[{ text: coverageWords[entry.state], bold: entry.state === 'missing' }]],
          [valueRuns(entry.names.map(cleanLine).join(', '), '—')],
        ]),
      },
    ];
    const guests = content.guests ?? [];
    if (guests.length > 0) {
      blocks.push({
        kind: 'list',
        ordered: false,
        items: guests.map((guest) => ({ runs: [{ text: cleanLine(guest.name) || 'Name not recorded' }, { text: ` (${attendeeRoleLabels[guest.role]}, not a member of the workspace)`, muted: true }] })),
      });
    }
    return blocks;
  });
}

export function parentParticipationBlocks(plan: PlanSnapshot): Block[] {
  const participation = plan.parentParticipation;
  const answers: FormAnswer[] = [
    optional('Meeting notice sent', participation.noticeSentDate ? formatDate(participation.noticeSentDate) : null),
    optional('How', participation.noticeMethod ? contactMethodLabels[participation.noticeMethod] : null),
    participation.interpreterProvided
      ? given('Interpreter provided', [{ text: `Yes${participation.interpreterLanguage ? ` (${cleanLine(participation.interpreterLanguage)})` : ''}` }])
      : standing('Interpreter provided', [{ text: 'No' }]),
    optional('Parent received a copy of the plan', participation.copyReceivedDate ? formatDate(participation.copyReceivedDate) : null),
  ];
  const blocks: Block[] = formBlocks(answers);
  if (plan.parentContactAttempts.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Attempts to reach the parents' },
      {
        kind: 'list',
        ordered: true,
        items: plan.parentContactAttempts.map((attempt) => ({
          runs: [{ text: `${attempt.date ? formatDate(attempt.date) : 'Date not recorded'}, ${contactMethodLabels[attempt.method].toLowerCase()}: ` }, ...valueRuns(attempt.text)],
        })),
      },
    );
  }
  return blocks;
}

/** The elements written so far under their numbers; the ones still blank named by number in one line. */
export function priorWrittenNoticeBlocks(plan: PlanSnapshot): Block[] {
  const notice = plan.priorWrittenNotice;
  const elements = priorNoticeElements.map((element, index) => ({ title: `${index + 1}. ${priorNoticeElementLabels[element]}`, text: cleanText(notice[element]).trim() }));
  if (!notice.provided && elements.every((element) => element.text === '')) return [emptyLine()];
  return [
    ...elements.flatMap(({ title, text }): Block[] => (text ? [{ kind: 'heading', level: 3, text: title }, { kind: 'paragraph', runs: [{ text }] }] : [])),
    ...missingLine(elements.filter((element) => element.text === '').map((element) => element.title)),
    {
      kind: 'paragraph',
      runs: notice.provided
        ? [{ text: `Provided to the parents${notice.providedDate ? ` on ${formatDate(notice.providedDate)}` : ''}${notice.providedLanguage ? `, in ${cleanLine(notice.providedLanguage)}` : ''}.`, bold: true }]
        : [{ text: 'Not yet provided to the parents.', muted: true, italic: true }],
    },
  ];
}
