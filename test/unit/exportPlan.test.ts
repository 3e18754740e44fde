import JSZip from 'jszip';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import type { MeetingSummary, MemberView, VersionView } from '../../shared/api';
import { meetingDoc, planDoc, sectionLabels, type Author } from '../../shared/schema';
import { renderDocx } from '../../server/export/docx';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { exportFormats, renderPlan } from '../../server/export/exportFormats';
import { renderHtml } from '../../server/export/html';
import { renderMarkdown } from '../../server/export/markdown';
import { renderPdf } from '../../server/export/pdf';
import { planOutline, planOutlineSections } from '../../server/export/planOutline';
import { docxPart, pdfText, squash } from '../helpers/exportText';

const teacher: Author = { userId: 'u-rivera', name: 'Ms. Rivera', role: 'teacher', setting: 'school' };
const schoolOt: Author = { userId: 'u-priya', name: 'Priya Nair', role: 'school_therapist', setting: 'school' };
const clinicOt: Author = { userId: 'u-sam', name: 'Sam Lee', role: 'clinical_therapist', setting: 'clinic' };
const parent: Author = { userId: 'u-dana', name: 'Dana Park', role: 'parent', setting: 'home' };

const team: MemberView[] = [teacher, schoolOt, clinicOt, parent].map((author) => ({
  userId: author.userId,
  displayName: author.name,
  email: `${author.userId}@example.org`,
  role: author.role,
  setting: author.setting,
  joinedAt: '2025-01-10T09:00:00.000Z',
}));

const goalTargets = [
  'Uses a tripod pencil grip for 10 minutes of classroom writing',
  'Squeezes therapy putty for 2 minutes with each hand',
  'Asks for help in a full sentence in 4 of 5 opportunities',
];

/** A plan as the team would write it: the seeds' pencil-grip and hand-strength goals, linked. */
function buildPlan() {
  const plan = planDoc(new Y.Doc());
  plan.init();
  plan.meta.setTitle('Annual IEP 2025–2026');
  plan.presentLevels.fragment('fine_motor');
  plan.doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Holds a pencil with a fisted grasp and tires after 5 minutes of writing.')]);
    const item = new Y.XmlElement('listItem');
    const itemParagraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.insert(0, 'Buttons a coat ');
    text.insert(15, 'with help', { bold: {} });
    itemParagraph.insert(0, [text]);
    item.insert(0, [itemParagraph]);
    const list = new Y.XmlElement('bulletList');
    list.insert(0, [item]);
    plan.presentLevels.fragment('fine_motor').insert(0, [paragraph, list]);
  });
  const pencil = plan.goals.add(
    {
      area: 'fine_motor',
      status: 'active',
      settings: ['school', 'home'],
      responsibleRoles: ['teacher', 'school_therapist'],
      baseline: 'Holds a pencil with a fisted grasp',
      target: goalTargets[0],
      measurement: 'Weekly work samples',
      progressSchedule: 'With each report card',
      description: 'Pencil grip for classroom writing.',
    },
    schoolOt,
  );
  plan.goals.objectives.add(pencil, { text: 'Uses a grip aid for 5 minutes', done: true }, schoolOt);
  plan.goals.objectives.add(pencil, { text: 'Uses a tripod grip without the aid for 5 minutes' }, teacher);
  const strength = plan.goals.add(
    {
      area: 'fine_motor',
      status: 'active',
      settings: ['clinic'],
      responsibleRoles: ['clinical_therapist'],
      baseline: 'Grip strength below the age range',
      target: goalTargets[1],
      measurement: 'Dynamometer readings each month',
      progressSchedule: 'Monthly check-in',
    },
    clinicOt,
  );
  plan.links.add({ goalId: pencil, otherGoalId: strength, note: 'Hand strength underlies the pencil grip.' }, clinicOt);
  plan.goals.add(
    { area: 'communication', settings: ['school'], baseline: 'Asks for help with gestures', target: goalTargets[2] },
    teacher,
  );
  plan.services.add(
    {
      type: 'ot',
      provider: 'Priya Nair, school OT',
      frequency: '2 × 30 min weekly',
      duration: '30 minutes',
      location: 'OT room',
      startDate: '2025-09-02',
      endDate: '2026-06-12',
    },
    schoolOt,
  );
  plan.supports.add(
    {
      kind: 'assistive_technology',
      title: 'Pencil grip aid',
      use: { classroom: { used: true, note: 'On every pencil' }, home: { used: true, note: 'Homework table' } },
    },
    schoolOt,
  );
  plan.participation.setPlain('Leaves the classroom for OT twice a week.');
  plan.assessmentAccommodations.setPlain('Extended time in a quiet room.');
  plan.specialFactors.setConsidered('assistive_technology', true);
  plan.specialFactors.setNote('assistive_technology', 'Pencil grip aid in use.');
  plan.parentInput.setPlain('At home Alex loves drawing but homework writing is hard.');
  plan.decisions.add({ text: 'OT starts twice a week from September.', decidedAt: '2025-06-03T15:00:00.000Z' }, teacher);
  return plan;
}

function buildMeeting(): { meeting: MeetingSummary; content: ReturnType<ReturnType<typeof meetingDoc>['snapshot']> } {
  const meeting = meetingDoc(new Y.Doc());
  meeting.init();
  meeting.meta.setStartsAt('2025-06-03T14:30:00.000Z');
  meeting.attendance.mark({ userId: teacher.userId, name: teacher.name, role: teacher.role }, 'in_person');
  meeting.attendance.mark({ userId: clinicOt.userId, name: clinicOt.name, role: clinicOt.role }, 'remote');
  meeting.attendance.mark({ userId: schoolOt.userId, name: schoolOt.name, role: schoolOt.role }, 'absent');
  meeting.decisions.add({ text: 'Use the same grip aid at school and at home.' }, parent);
  return {
    meeting: { id: 'm-1', kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: '2025-06-03T14:30:00.000Z', docName: 'w/meeting/m-1' },
    content: meeting.snapshot(),
  };
}

const hash = 'a3f1c9e27b5d4f80c6e1d2b3a4958677e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3';

const version: VersionView = {
  id: 'v-3',
  number: 3,
  title: 'Agreed at the June meeting',
  hash,
  documentCode: 'a3f1-c9e2',
  reason: '',
  timeZone: 'UTC',
  proposedBy: { userId: teacher.userId, name: teacher.name },
  proposedAt: '2025-06-03T16:00:00.000Z',
  status: 'proposed',
  requiredSigners: [teacher.userId, parent.userId],
  signatures: [
    {
      userId: parent.userId,
      name: parent.name,
      role: 'parent',
      decision: 'agree_with_reservations',
      statement: 'Review the writing time in November.',
      versionHash: hash,
      signedAt: '2025-06-04T18:22:00.000Z',
      typedName: 'Jordan Park',
      affirmation: 'I have read version 3 of Alex’s plan and I agree with reservations.',
      timeZone: 'UTC',
      method: 'password',
    },
  ],
};

/** When the copy is exported: long after the version was proposed. */
const exportedAt = '2026-01-20T17:45:00.000Z';

function exportInput(frozen: VersionView | null): PlanExportInput {
  return {
    plan: buildPlan().snapshot(),
    student: { name: 'Alex Park', gradeOrBirthDate: 'Grade 2', school: 'Maple Street Elementary' },
    team,
    meetings: [buildMeeting()],
    timeZone: 'UTC',
    version: frozen,
    madeAt: exportedAt,
  };
}

/** Asserts the needles occur in this order in the haystack. */
function expectInOrder(haystack: string, needles: readonly string[]): void {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

const sectionHeadings = ['Team members', ...Object.values(sectionLabels), 'Meetings and attendance', 'Signatures'];

afterEach(() => {
  vi.useRealTimers();
});

describe('plan outline', () => {
  it('puts the sections in the law’s checklist order', () => {
    const sections = planOutline(exportInput(version)).blocks.flatMap((block) =>
      block.kind === 'heading' && block.section ? [block.section] : [],
    );
    expect(sections).toEqual([...planOutlineSections]);
    expect(planOutlineSections.slice(2, -2)).toEqual(Object.keys(sectionLabels));
  });
});

describe('Markdown export', () => {
  it('keeps headings, lists and tables, and holds every goal', () => {
    const markdown = renderMarkdown(exportInput(version));
    expect(markdown).toMatch(/^# Annual IEP 2025–2026$/m);
    expect(markdown).toMatch(/^## Goals$/m);
    expect(markdown).toMatch(/^### Goal 1: Fine motor$/m);
    expect(markdown).toMatch(/^- Buttons a coat \*\*with help\*\*$/m);
    expect(markdown).toMatch(/^1\. Uses a grip aid for 5 minutes \*\*\(met\)\*\*/m);
    expect(markdown).toContain('| Support | Classroom | Clinic | Home |');
    expect(markdown).toMatch(/\| \*\*Pencil grip aid\*\*.*\| \*\*Used\*\*<br>On every pencil \| \*Not used\* \| \*\*Used\*\*<br>Homework table \|/);
    for (const target of goalTargets) expect(markdown).toContain(target);
    expectInOrder(markdown, sectionHeadings.map((heading) => `\n## ${heading}\n`));
  });

  it('shows complementary goals side by side and who added what', () => {
    const markdown = renderMarkdown(exportInput(version));
    expect(markdown).toContain('| Goal | Works together with | How they fit together |');
    expect(markdown).toMatch(/\| \*\*Goal 1: Fine motor\*\*<br>\*At: School, Home\*<br>Uses a tripod.*\| \*\*Goal 2: Fine motor\*\*<br>\*At: Clinic\*/);
    expect(markdown).toContain('**Goal 2: Fine motor** (Clinic): Hand strength underlies the pencil grip.');
    expect(markdown).toContain('Added by Priya Nair, school');
    expect(markdown).toContain('Added by Sam Lee, clinic');
  });

  it('records attendance and signatures, and a draft says it is not signed', () => {
    const frozen = renderMarkdown(exportInput(version));
    expect(frozen).toMatch(/\| Sam Lee \| Clinic therapist \| \*\*Remotely\*\* \|/);
    expect(frozen).toMatch(/\| Priya Nair \| School therapist \| \*Absent\* \|/);
    expect(frozen).toContain('**Agrees with reservations**');
    expect(frozen).toContain(`**Version fingerprint signed:** ${hash}`);
    expect(frozen).not.toContain('DRAFT');
    const draft = renderMarkdown(exportInput(null));
    expect(draft.startsWith('> **DRAFT — not agreed**')).toBe(true);
    expect(draft).toContain('**Not signed: this is a draft.**');
  });
});

describe('HTML export', () => {
  it('is one self-contained file with a strict CSP and every goal, sections in order', () => {
    const html = renderHtml(exportInput(version));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|\ssrc=|\shref=|url\(/i);
    for (const target of goalTargets) expect(html).toContain(target);
    expectInOrder(html, planOutlineSections.map((section) => `id="${section}"`));
    expect(html).toContain('<h2 id="goals" class="new-page" dir="auto">Goals</h2>');
    expect(html).not.toContain('<div class="draft-mark"');
  });

  it('marks a draft on screen and on every printed page', () => {
    const html = renderHtml(exportInput(null));
    expect(html).toContain('<div class="draft-mark" aria-hidden="true">DRAFT</div>');
    expect(html).toMatch(/\.draft-mark \{ position: fixed;/);
    expect(html).toContain('<div class="draft-banner" role="note">DRAFT — not agreed</div>');
  });
});

describe('PDF export', () => {
  it('parses, and holds every goal and every section in order', async () => {
    const { pdf, pages, all } = await pdfText(await renderPdf(exportInput(version)));
    expect(pdf.getPageCount()).toBeGreaterThan(3);
    for (const target of goalTargets) expect(all).toContain(squash(target));
    expect(all).toContain(squash('Added by Priya Nair, school'));
    expect(all).toContain(squash('Hand strength underlies the pencil grip.'));
    const lines = pages.flat();
    const headingLines = sectionHeadings.map((heading) => lines.indexOf(heading));
    expect(headingLines.every((index) => index >= 0)).toBe(true);
    expect([...headingLines].sort((a, b) => a - b)).toEqual(headingLines);
  });

  it('has a footer with the version fingerprint and page numbers on every page', async () => {
    const { pages } = await pdfText(await renderPdf(exportInput(version)));
    pages.forEach((lines, index) => {
      expect(lines).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(lines).toContain(`Annual IEP 2025–2026 · Version 3 · ${hash.slice(0, 12)}`);
      expect(lines.join(' ')).not.toContain('DRAFT');
    });
  });

  it('says DRAFT on every page of a draft', async () => {
    const { pages, all } = await pdfText(await renderPdf(exportInput(null)));
    expect(pages.length).toBeGreaterThan(3);
    for (const lines of pages) {
      expect(lines).toContain('DRAFT — not agreed');
      // The diagonal watermark reads out letter by letter.
      expect(lines).toEqual(expect.arrayContaining(['D', 'R', 'A', 'F', 'T']));
    }
    expect(all).toContain(squash('Not signed: this is a draft.'));
  });

  it('dates the file with the version, not the export time', async () => {
    const { pdf } = await pdfText(await renderPdf(exportInput(version)));
    expect(pdf.getCreationDate()?.toISOString()).toBe(version.proposedAt);
    expect(pdf.getModificationDate()?.toISOString()).toBe(version.proposedAt);
    expect(pdf.getKeywords()).toBe(`sha256:${hash}`);
  });

  it('dates a draft with the moment it was exported', async () => {
    const { pdf } = await pdfText(await renderPdf(exportInput(null)));
    expect(pdf.getCreationDate()?.toISOString()).toBe(exportedAt);
    expect(pdf.getModificationDate()?.toISOString()).toBe(exportedAt);
  });
});

describe('DOCX export', () => {
  it('unzips, and holds every goal with real headings, lists and tables', async () => {
    const xml = await docxPart(await renderDocx(exportInput(version)), 'word/document.xml');
    for (const target of goalTargets) expect(xml).toContain(target);
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:numPr>');
    expect(xml).toContain('<w:tbl>');
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('Added by Priya Nair, school');
    expectInOrder(xml, sectionHeadings.map((heading) => `<w:t xml:space="preserve">${heading}</w:t>`));
  });

  it('puts a DRAFT header on every page of a draft, and none on a version', async () => {
    const draft = await renderDocx(exportInput(null));
    const zip = await JSZip.loadAsync(draft);
    const headers = zip.file(/^word\/header\d+\.xml$/);
    expect(headers).toHaveLength(1);
    const header = (await headers[0]?.async('string')) ?? '';
    expect(header).toContain('<w:t xml:space="preserve">DRAFT — not agreed</w:t>');
    expect(header).toContain('string="DRAFT"');
    expect(await docxPart(draft, 'word/document.xml')).toContain('<w:headerReference w:type="default"');
    const frozen = await JSZip.loadAsync(await renderDocx(exportInput(version)));
    expect(frozen.file(/^word\/header\d+\.xml$/)).toHaveLength(0);
  });

  it('dates the core properties with the version', async () => {
    const core = await docxPart(await renderDocx(exportInput(version)), 'docProps/core.xml');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-03T16:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2025-06-03T16:00:00Z</dcterms:modified>');
    expect(core).toContain(`<cp:keywords>sha256:${hash}</cp:keywords>`);
  });
});

describe('one version, one file', () => {
  it('renders byte-identical PDF, DOCX and HTML twice, whatever the clock says', async () => {
    const input = exportInput(version);
    const first = { pdf: await renderPdf(input), docx: await renderDocx(input), html: renderHtml(input) };
    // The second export happens "years later": nothing in the files may depend on the clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-02-03T04:05:06.000Z'));
    const second = { pdf: await renderPdf(input), docx: await renderDocx(input), html: renderHtml(input) };
    expect(Buffer.from(second.pdf).equals(Buffer.from(first.pdf))).toBe(true);
    expect(Buffer.from(second.docx).equals(Buffer.from(first.docx))).toBe(true);
    expect(second.html).toBe(first.html);
  });

  it('gives a draft a stable file for the same content', async () => {
    const input = exportInput(null);
    expect(Buffer.from(await renderPdf(input)).equals(Buffer.from(await renderPdf(input)))).toBe(true);
    expect(Buffer.from(await renderDocx(input)).equals(Buffer.from(await renderDocx(input)))).toBe(true);
  });
});

describe('renderPlan', () => {
  it('renders each format with its content type and extension', async () => {
    const input = exportInput(version);
    const results = await Promise.all(exportFormats.map((format) => renderPlan(format, input)));
    expect(results.map(({ contentType, extension }) => [contentType, extension])).toEqual([
      ['application/pdf', 'pdf'],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
      ['text/html; charset=utf-8', 'html'],
      ['text/markdown; charset=utf-8', 'md'],
    ]);
    const [pdf, docx, html, md] = results.map(({ bytes }) => Buffer.from(bytes));
    expect(pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    expect(docx?.subarray(0, 2).toString()).toBe('PK');
    expect(html?.toString()).toBe(renderHtml(input));
    expect(md?.toString()).toBe(renderMarkdown(input));
  });
});
