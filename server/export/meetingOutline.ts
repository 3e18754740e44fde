import { createHash } from 'node:crypto';
import type { ActionItemView, Author } from '../../shared/schema';
import type { TeamMember } from './ExportInput';
import type { MeetingExportInput } from './ExportInput';
import { attendanceTable, meetingHeading } from './meetingsOutline';
import { meetingWords, type MeetingWords } from './meetingWords';
import type { Block, Cell, Outline, Run } from './outline';
import { decisionItems } from './planSections';
import { richTextOrEmpty } from './richTextBlocks';
import { languageInfo } from '../../shared/i18n/languages';
import { cleanLine, madeAtDate, valueRuns } from './text';
import { shownMeetingTitle } from '../../shared/meetingTitle';

/** One meeting's notes as an outline: what happened, who was there, what was decided, who does what. */

export const meetingOutlineSections = ['cover', 'attendance', 'agenda', 'notes', 'decisions', 'actionItems'] as const;
export type MeetingOutlineSection = (typeof meetingOutlineSections)[number];

function heading(section: Exclude<MeetingOutlineSection, 'cover'>, w: MeetingWords): Block {
  return { kind: 'heading', level: 2, text: w.notes.sections[section], section };
}

function emptyLine(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, muted: true, italic: true }] };
}

/** "Added by Priya Nair, school": whose words these are, in the notes' language. */
function addedBy(author: Author | null, w: MeetingWords): Run[] {
  if (!author) return [];
  return [{ text: `${w.notes.addedBy} ${cleanLine(author.name)}, ${w.settings[author.setting].toLowerCase()}`, muted: true }];
}

function actionRow(item: ActionItemView, members: ReadonlyMap<string, TeamMember>, timeZone: string, w: MeetingWords): Cell[] {
  const owner = item.owner ? cleanLine(item.owner.name) || cleanLine(members.get(item.owner.userId)?.displayName ?? '') : '';
  const by = addedBy(item.createdBy, w);
  return [
    [valueRuns(item.text, w.plan.goals.notFilled), ...(by.length > 0 ? [by] : [])],
    [owner ? [{ text: owner }] : [{ text: w.notes.nobody, muted: true, italic: true }]],
    [item.due ? [{ text: w.date(item.due, timeZone) }] : [{ text: w.notes.noDate, muted: true }]],
    [item.done ? [{ text: w.notes.done, bold: true }] : [{ text: w.notes.open }]],
  ];
}

function bodyBlocks(input: MeetingExportInput, w: MeetingWords): Block[] {
  const { content, timeZone } = input;
  const members = new Map(input.team.map((member) => [member.userId, member]));
  const blocks: Block[] = [heading('attendance', w), attendanceTable(content.attendance, w), heading('agenda', w)];
  if (content.agenda.length === 0) blocks.push(emptyLine(w.notes.noAgenda));
  else {
    blocks.push({
      kind: 'list',
      ordered: true,
      items: content.agenda.map((item) => ({
        runs: [...valueRuns(item.text, w.plan.goals.notFilled), ...(item.covered ? [{ text: w.notes.covered, muted: true }] : [])],
      })),
    });
  }
  blocks.push(heading('notes', w), ...richTextOrEmpty(content.notes, w.notes.noNotes));
  blocks.push(heading('decisions', w));
  if (content.decisions.length === 0) blocks.push(emptyLine(w.notes.noDecisions));
  else blocks.push({ kind: 'list', ordered: true, items: decisionItems(content.decisions, timeZone, w.plan) });
  blocks.push(heading('actionItems', w));
  if (content.actionItems.length === 0) blocks.push(emptyLine(w.notes.noActions));
  else {
    const [what, who, when, status] = w.notes.columns;
    blocks.push({
      kind: 'table',
      columns: [
        { label: what, width: 0.46 },
        { label: who, width: 0.22 },
        { label: when, width: 0.18 },
        { label: status, width: 0.14 },
      ],
      rows: content.actionItems.map((item) => actionRow(item, members, timeZone, w)),
    });
  }
  return blocks;
}

/** The notes' fixed text follows `input.language` (English when absent); the team's words never change. */
export function meetingOutline(input: MeetingExportInput): Outline {
  const w = meetingWords(input.language);
  const label = w.notes;
  const entry = { meeting: input.meeting, content: input.content };
  const title = meetingHeading(entry, input.timeZone, w);
  const startsAt = input.meeting.startsAt || input.content.startsAt;
  const student = cleanLine(input.student.name);
  const cover: Block[] = [
    { kind: 'heading', level: 1, text: title, section: 'cover' },
    { kind: 'paragraph', style: 'intro', runs: [{ text: label.intro(student) }] },
    {
      kind: 'fields',
      rows: [
        { label: label.student, value: [{ text: student, bold: true }] },
        { label: label.school, value: [{ text: cleanLine(input.student.school) || '—' }] },
        { label: label.meeting, value: [{ text: w.kinds[input.meeting.kind] }] },
        { label: label.title, value: valueRuns(cleanLine(shownMeetingTitle(input.meeting, w.kinds)), label.noTitle) },
        { label: label.when, value: valueRuns(startsAt ? w.dateTime(startsAt, input.timeZone) : '', label.notScheduled) },
      ],
    },
  ];
  const blocks = [...cover, ...bodyBlocks(input, w)];
  const digest = createHash('sha256').update(JSON.stringify(blocks)).digest('hex');
  return {
    blocks,
    draftMark: null,
    footer: label.footer(title),
    properties: {
      title,
      subject: label.subject(student),
      ...(input.language && input.language !== 'en' ? { language: languageInfo[input.language].locale } : {}),
      keywords: `meeting:${digest}`,
      // When these notes were exported, not when the meeting was held (the cover says that):
      // notes go on changing after the meeting, so each copy says when it was taken.
      date: madeAtDate(input.madeAt),
    },
  };
}
