import { coversFromMembers, participantCoverage, priorNoticeElements, type PlanSnapshot } from '../../shared/schema';
import type { ExportMeeting, TeamMember } from './ExportInput';
import { emptyLine, formBlocks, given, missingLine, optional, standing, type FormAnswer } from './formAnswers';
import type { Block } from './outline';
import { sectionWords, type SectionWords } from './sectionWords';
import { cleanLine, cleanText, valueRuns } from './text';
import { compareText } from '../../shared/compareText';
import { shownMeetingTitle } from '../../shared/meetingTitle';
import { meetingWords } from './meetingWords';

/**
 * Outline sections for the team (34 CFR 300.321), parent participation (300.322) and the
 * prior written notice (300.503): the last parts of a complete IEP in the law's order.
 */

const english = sectionWords('en');

export function meetingTeamBlocks(meetings: readonly ExportMeeting[], timeZone: string, team: readonly TeamMember[] = [], w: SectionWords = english): Block[] {
  const coversOf = coversFromMembers(team);
  const label = w.meetingTeam;
  if (meetings.length === 0) return [{ kind: 'paragraph', runs: [{ text: label.none, muted: true, italic: true }] }];
  const sorted = [...meetings].sort((a, b) => compareText(a.meeting.startsAt, b.meeting.startsAt) || compareText(a.meeting.id, b.meeting.id));
  return sorted.flatMap(({ meeting, content }): Block[] => {
    const coverage = participantCoverage(content.attendance, content.guests ?? [], content.excusals ?? [], coversOf);
    const blocks: Block[] = [
      { kind: 'heading', level: 3, text: `${cleanLine(shownMeetingTitle(meeting, meetingWords(w.language).kinds))}, ${w.dateTime(meeting.startsAt, timeZone)}` },
      {
        kind: 'table',
        columns: [
          { label: label.required, width: 0.4 },
          { label: label.covered, width: 0.3 },
          { label: label.by, width: 0.3 },
        ],
        rows: coverage.map((entry) => [
          [[{ text: w.vocab.participant[entry.participant] }]],
          [[{ text: label.coverage[entry.state], bold: entry.state === 'missing' }]],
          [valueRuns(entry.names.map(cleanLine).join(', '), '—')],
        ]),
      },
    ];
    const guests = content.guests ?? [];
    if (guests.length > 0) {
      blocks.push({
        kind: 'list',
        ordered: false,
        items: guests.map((guest) => ({ runs: [{ text: cleanLine(guest.name) || label.nameMissing }, { text: label.guest(w.vocab.attendee[guest.role]), muted: true }] })),
      });
    }
    return blocks;
  });
}

export function parentParticipationBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const participation = plan.parentParticipation;
  const label = w.parents;
  const answers: FormAnswer[] = [
    optional(label.noticeSent, participation.noticeSentDate ? w.date(participation.noticeSentDate) : null),
    optional(label.how, participation.noticeMethod ? w.vocab.contact[participation.noticeMethod] : null),
    participation.interpreterProvided
      ? given(label.interpreter, [{ text: label.interpreterYes(participation.interpreterLanguage ? cleanLine(participation.interpreterLanguage) : null) }])
      : standing(label.interpreter, [{ text: w.no }]),
    optional(label.copyReceived, participation.copyReceivedDate ? w.date(participation.copyReceivedDate) : null),
  ];
  const blocks: Block[] = formBlocks(answers, w);
  if (plan.parentContactAttempts.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: label.attempts },
      {
        kind: 'list',
        ordered: true,
        items: plan.parentContactAttempts.map((attempt) => ({
          runs: [{ text: `${attempt.date ? w.date(attempt.date) : label.dateMissing}, ${w.vocab.contact[attempt.method].toLowerCase()}: ` }, ...valueRuns(attempt.text)],
        })),
      },
    );
  }
  return blocks;
}

/** The elements written so far under their numbers; the ones still blank named by number in one line. */
export function priorWrittenNoticeBlocks(plan: PlanSnapshot, w: SectionWords = english): Block[] {
  const notice = plan.priorWrittenNotice;
  const elements = priorNoticeElements.map((element, index) => ({ title: `${index + 1}. ${w.vocab.noticeElement[element]}`, text: cleanText(notice[element]).trim() }));
  if (!notice.provided && elements.every((element) => element.text === '')) return [emptyLine(w.nothingEntered)];
  return [
    ...elements.flatMap(({ title, text }): Block[] => (text ? [{ kind: 'heading', level: 3, text: title }, { kind: 'paragraph', runs: [{ text }] }] : [])),
    ...missingLine(elements.filter((element) => element.text === '').map((element) => element.title), w),
    {
      kind: 'paragraph',
      runs: notice.provided
        ? [{ text: w.notice.provided(notice.providedDate ? w.date(notice.providedDate) : null, notice.providedLanguage ? cleanLine(notice.providedLanguage) : null), bold: true }]
        : [{ text: w.notice.notProvided, muted: true, italic: true }],
    },
  ];
}
