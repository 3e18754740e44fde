import { createHash } from 'node:crypto';
import { meetingKindLabels, type ActionItemView } from '../../shared/schema';
import type { TeamMember } from './ExportInput';
import type { MeetingExportInput } from './ExportInput';
import { attendanceTable, meetingHeading } from './meetingsOutline';
import type { Block, Cell, Outline } from './outline';
import { decisionItems } from './planSections';
import { draftEpoch } from './planOutline';
import { richTextOrEmpty } from './richTextBlocks';
import { addedBy, cleanLine, dateOf, formatDate, formatDateTime, valueRuns } from './text';

/** One meeting's notes as an outline: what happened, who was there, what was decided, who does what. */

export const meetingOutlineSections = ['cover', 'attendance', 'agenda', 'notes', 'decisions', 'actionItems'] as const;
export type MeetingOutlineSection = (typeof meetingOutlineSections)[number];

const sectionTitles: Record<Exclude<MeetingOutlineSection, 'cover'>, string> = {
  attendance: 'Who took part',
  agenda: 'Agenda',
  notes: 'Notes',
  decisions: 'Decisions',
  actionItems: 'Action items',
};

function heading(section: Exclude<MeetingOutlineSection, 'cover'>): Block {
  return { kind: 'heading', level: 2, text: sectionTitles[section], section };
}

function emptyLine(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, muted: true, italic: true }] };
}

function actionRow(item: ActionItemView, members: ReadonlyMap<string, TeamMember>, timeZone: string): Cell[] {
  const owner = item.owner ? cleanLine(item.owner.name) || cleanLine(members.get(item.owner.userId)?.displayName ?? '') : '';
  const by = addedBy(item.createdBy);
  return [
    [valueRuns(item.text), ...(by.length > 0 ? [by] : [])],
    [owner ? [{ text: owner }] : [{ text: 'Nobody yet', muted: true, italic: true }]],
    [item.due ? [{ text: formatDate(item.due, timeZone) }] : [{ text: 'No date', muted: true }]],
    [item.done ? [{ text: 'Done', bold: true }] : [{ text: 'Open' }]],
  ];
}

function bodyBlocks(input: MeetingExportInput): Block[] {
  const { content, timeZone } = input;
  const members = new Map(input.team.map((member) => [member.userId, member]));
  const blocks: Block[] = [heading('attendance'), attendanceTable(content.attendance), heading('agenda')];
  if (content.agenda.length === 0) blocks.push(emptyLine('No agenda was written.'));
  else {
    blocks.push({
      kind: 'list',
      ordered: true,
      items: content.agenda.map((item) => ({
        runs: [...valueRuns(item.text), ...(item.covered ? [{ text: ' (covered)', muted: true }] : [])],
      })),
    });
  }
  blocks.push(heading('notes'), ...richTextOrEmpty(content.notes, 'No notes were taken.'));
  blocks.push(heading('decisions'));
  if (content.decisions.length === 0) blocks.push(emptyLine('No decisions were recorded.'));
  else blocks.push({ kind: 'list', ordered: true, items: decisionItems(content.decisions, timeZone) });
  blocks.push(heading('actionItems'));
  if (content.actionItems.length === 0) blocks.push(emptyLine('No action items.'));
  else {
    blocks.push({
      kind: 'table',
      columns: [
        { label: 'What', width: 0.46 },
        { label: 'Who', width: 0.22 },
        { label: 'By when', width: 0.18 },
        { label: 'Status', width: 0.14 },
      ],
      rows: content.actionItems.map((item) => actionRow(item, members, timeZone)),
    });
  }
  return blocks;
}

export function meetingOutline(input: MeetingExportInput): Outline {
  const entry = { meeting: input.meeting, content: input.content };
  const title = meetingHeading(entry, input.timeZone);
  const startsAt = input.meeting.startsAt || input.content.startsAt;
  const cover: Block[] = [
    { kind: 'heading', level: 1, text: title, section: 'cover' },
    { kind: 'paragraph', style: 'intro', runs: [{ text: `Meeting notes for the IEP team of ${cleanLine(input.student.name)}` }] },
    {
      kind: 'fields',
      rows: [
        { label: 'Student', value: [{ text: cleanLine(input.student.name), bold: true }] },
        { label: 'School', value: [{ text: cleanLine(input.student.school) || '—' }] },
        { label: 'Meeting', value: [{ text: meetingKindLabels[input.meeting.kind] }] },
        { label: 'Title', value: valueRuns(cleanLine(input.meeting.title), 'No title') },
        { label: 'When', value: valueRuns(startsAt ? formatDateTime(startsAt, input.timeZone) : '', 'Not scheduled') },
      ],
    },
  ];
  const blocks = [...cover, ...bodyBlocks(input)];
  const digest = createHash('sha256').update(JSON.stringify(blocks)).digest('hex');
  return {
    blocks,
    draftMark: null,
    footer: `Meeting notes · ${title}`,
    properties: {
      title,
      subject: `IEP team meeting notes for ${cleanLine(input.student.name)}`,
      keywords: `meeting:${digest}`,
      date: dateOf(startsAt, draftEpoch),
    },
  };
}
