import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { MeetingSummary, MemberView } from '../../shared/api';
import { meetingDoc, type Author } from '../../shared/schema';
import type { MeetingExportInput } from '../../server/export/ExportInput';
import { exportFormats, meetingFileName, renderMeeting } from '../../server/export/exportFormats';
import { renderMeetingDocx } from '../../server/export/docx';
import { renderMeetingHtml } from '../../server/export/html';
import { renderMeetingMarkdown } from '../../server/export/markdown';
import { meetingOutline, meetingOutlineSections } from '../../server/export/meetingOutline';
import { renderMeetingPdf } from '../../server/export/pdf';

const caseManager: Author = { userId: 'u-cm', name: 'Alex Moreno', role: 'case_manager', setting: 'school' };
const schoolOt: Author = { userId: 'u-priya', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const clinicOt: Author = { userId: 'u-sam', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };
const parent: Author = { userId: 'u-dana', name: 'Dana Park', role: 'parent', setting: 'home' };

const team: MemberView[] = [caseManager, schoolOt, clinicOt, parent].map((author) => ({
  userId: author.userId,
  displayName: author.name,
  email: `${author.userId}@example.org`,
  role: author.role,
  setting: author.setting,
  joinedAt: '2025-01-10T09:00:00.000Z',
}));

/** The notes are exported a fortnight after the meeting. */
const exportedAt = '2025-10-17T09:15:00.000Z';

/** A joint evaluation session as the seeds describe it: both therapists observe together. */
function meetingInput(): MeetingExportInput {
  const meeting = meetingDoc(new Y.Doc());
  meeting.init();
  meeting.meta.setKind('joint_evaluation');
  meeting.meta.setStartsAt('2025-10-03T14:30:00.000Z');
  meeting.agenda.add({ text: 'Observe handwriting together', covered: true }, caseManager);
  meeting.agenda.add({ text: 'Agree the home routine' }, caseManager);
  meeting.attendance.mark({ userId: schoolOt.userId, name: schoolOt.name, role: schoolOt.role }, 'in_person');
  meeting.attendance.mark({ userId: clinicOt.userId, name: clinicOt.name, role: clinicOt.role }, 'remote');
  meeting.attendance.mark({ userId: caseManager.userId, name: caseManager.name, role: caseManager.role }, 'absent');
  meeting.notes.setPlain('Grip improves after a movement break.\nFatigue shows after 6 minutes.');
  meeting.decisions.add({ text: 'Add a movement break before writing at home.', decidedAt: '2025-10-03T15:00:00.000Z' }, parent);
  meeting.actionItems.add(
    { text: 'Send the putty routine to the classroom', owner: { userId: clinicOt.userId, name: clinicOt.name }, due: '2025-10-10' },
    clinicOt,
  );
  meeting.actionItems.add({ text: 'Buy grip aids for home', owner: { userId: parent.userId, name: parent.name }, due: '2025-10-07', done: true }, parent);
  const summary: MeetingSummary = {
    id: 'm-7',
    kind: 'joint_evaluation',
    title: 'Handwriting observation',
    startsAt: '2025-10-03T14:30:00.000Z',
    docName: 'w/meeting/m-7',
  };
  return {
    meeting: summary,
    content: meeting.snapshot(),
    student: { name: 'Alex Park', gradeOrBirthDate: 'Grade 2', school: 'Maple Street Elementary' },
    team,
    timeZone: 'UTC',
    madeAt: exportedAt,
  };
}

const expectedContent = [
  'Joint evaluation session: Handwriting observation, October 3, 2025',
  'Observe handwriting together',
  'Agree the home routine',
  'Grip improves after a movement break.',
  'Add a movement break before writing at home.',
  'Send the putty routine to the classroom',
  'Buy grip aids for home',
];

describe('meeting outline', () => {
  it('holds kind, date, attendance, agenda, notes, decisions and action items in order', () => {
    const outline = meetingOutline(meetingInput());
    const sections = outline.blocks.flatMap((block) => (block.kind === 'heading' && block.section ? [block.section] : []));
    expect(sections).toEqual([...meetingOutlineSections]);
    expect(outline.draftMark).toBeNull();
    // Dated when the notes were exported: they go on changing after the meeting.
    expect(outline.properties.date.toISOString()).toBe(exportedAt);
  });

  it('names the meeting by its title alone when the title already says what kind of meeting it is', () => {
    const annual = meetingInput();
    const heading = (title: string) => meetingOutline({ ...annual, meeting: { ...annual.meeting, kind: 'iep_meeting', title } }).blocks[0];
    expect(heading('Annual IEP meeting')).toMatchObject({ level: 1, text: 'Annual IEP meeting, October 3, 2025' });
    expect(heading('Spring review')).toMatchObject({ level: 1, text: 'IEP meeting: Spring review, October 3, 2025' });
  });
});

describe('meeting notes in Markdown and HTML', () => {
  it('lists attendance modes, the agenda and action items with owner, due date and status', () => {
    const markdown = renderMeetingMarkdown(meetingInput());
    for (const text of expectedContent) expect(markdown).toContain(text);
    expect(markdown).toMatch(/^# Joint evaluation session: Handwriting observation, October 3, 2025$/m);
    expect(markdown).toContain('- **When:** October 3, 2025, 2:30 PM UTC');
    expect(markdown).toContain('| Priya Nair | School therapist | **In person** |');
    expect(markdown).toContain('| Sam Lee | Clinic therapist | **Remotely** |');
    expect(markdown).toContain('| Alex Moreno | Case manager | *Absent* |');
    expect(markdown).toMatch(/^1\. Observe handwriting together \*\(covered\)\*$/m);
    expect(markdown).toContain('| Send the putty routine to the classroom<br>*Added by Sam Lee, clinic* | Sam Lee | October 10, 2025 | Open |');
    expect(markdown).toContain('| Buy grip aids for home<br>*Added by Dana Park, home* | Dana Park | October 7, 2025 | **Done** |');
    expect(markdown).toMatch(/^1\. Add a movement break before writing at home\. \*\(October 3, 2025, recorded by Dana Park, home\)\*$/m);
  });

  it('renders the same content as one self-contained HTML file', () => {
    const html = renderMeetingHtml(meetingInput());
    for (const text of expectedContent) expect(html).toContain(text);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<script|\ssrc=|\shref=/);
  });
});

describe('meeting notes in PDF and DOCX', () => {
  it('renders a PDF that parses, dated when it was exported rather than when the meeting was held', async () => {
    const pdf = await PDFDocument.load(await renderMeetingPdf(meetingInput()), { updateMetadata: false });
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    expect(pdf.getTitle()).toBe('Joint evaluation session: Handwriting observation, October 3, 2025');
    expect(pdf.getCreationDate()?.toISOString()).toBe(exportedAt);
    expect(pdf.getModificationDate()?.toISOString()).toBe(exportedAt);
  });

  it('renders a DOCX holding every part of the meeting', async () => {
    const zip = await JSZip.loadAsync(await renderMeetingDocx(meetingInput()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    for (const text of expectedContent) expect(xml).toContain(text);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(zip.file(/^word\/header\d+\.xml$/)).toHaveLength(0);
  });

  it('renders the same bytes twice', async () => {
    const input = meetingInput();
    expect(Buffer.from(await renderMeetingPdf(input)).equals(Buffer.from(await renderMeetingPdf(input)))).toBe(true);
    expect(Buffer.from(await renderMeetingDocx(input)).equals(Buffer.from(await renderMeetingDocx(input)))).toBe(true);
  });
});

describe('renderMeeting', () => {
  it('dispatches every format with its content type, extension and file name', async () => {
    const input = meetingInput();
    for (const format of exportFormats) {
      const result = await renderMeeting(format, input);
      expect(result.extension).toBe(format);
      expect(result.bytes.byteLength).toBeGreaterThan(500);
      expect(meetingFileName(input, format)).toBe(`meeting-notes-AP-2025-10-03.${format}`);
    }
    expect((await renderMeeting('md', input)).contentType).toBe('text/markdown; charset=utf-8');
    expect((await renderMeeting('pdf', input)).contentType).toBe('application/pdf');
  });
});
