import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { VersionView } from '../../shared/api';
import { planDoc, sectionLabels, type Author } from '../../shared/schema';
import type { PlanExportInput } from '../../server/export/ExportInput';
import { renderDocx } from '../../server/export/docx';
import { renderHtml } from '../../server/export/html';
import type { Block } from '../../server/export/outline';
import { renderOutlinePdf, renderPdf } from '../../server/export/pdf';
import { docxPart, pdfInfo, pdfToText } from '../helpers/exportText';
import { thirtyGoalPlan } from '../bench/exportPlanInput';

/**
 * The PDF as a document of record: every name exactly as written in any script, tagged for
 * screen readers, a bookmark per section and goal, and no page left mostly blank.
 */

const hoa: Author = { userId: 'u-hoa', name: 'Nguyễn Thị Hoa', role: 'parent', setting: 'home' };
const li: Author = { userId: 'u-li', name: '李明', role: 'teacher', setting: 'school' };

const version: VersionView = {
  id: 'v-1',
  number: 1,
  title: 'Annual IEP',
  hash: 'c'.repeat(64),
  documentCode: 'cccc-cccc',
  reason: '',
  timeZone: 'UTC',
  proposedBy: { userId: li.userId, name: li.name },
  proposedAt: '2026-09-10T15:00:00.000Z',
  status: 'proposed',
  requiredSigners: [hoa.userId],
  signatures: [],
};

function input(fill: (plan: ReturnType<typeof planDoc>) => void, withVersion = true): PlanExportInput {
  const plan = planDoc(new Y.Doc());
  plan.init();
  fill(plan);
  return {
    plan: plan.snapshot(),
    student: { name: 'محمد أحمد', gradeOrBirthDate: 'Grade 3', school: 'דוד כהן School' },
    team: [hoa, li].map((author) => ({ userId: author.userId, displayName: author.name, role: author.role, setting: author.setting })),
    meetings: [],
    timeZone: 'UTC',
    version: withVersion ? version : null,
  };
}

function outlineTitles(pdf: PDFDocument): string[] {
  const titles: string[] = [];
  const walk = (item: PDFDict | undefined) => {
    let node = item;
    while (node) {
      const title = node.lookup(PDFName.of('Title'));
      if (title instanceof PDFString || title instanceof PDFHexString) titles.push(title.decodeText());
      walk(node.lookup(PDFName.of('First')) as PDFDict | undefined);
      node = node.lookup(PDFName.of('Next')) as PDFDict | undefined;
    }
  };
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines')) as PDFDict | undefined;
  walk(outlines?.lookup(PDFName.of('First')) as PDFDict | undefined);
  return titles;
}

/** Per page, the share of the text area between its first and last inked row (pdftoppm, greyscale). */
function inkedShare(bytes: Uint8Array): number[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgeplan-png-'));
  try {
    fs.writeFileSync(path.join(dir, 'export.pdf'), bytes);
    execFileSync('pdftoppm', ['-gray', '-r', '24', path.join(dir, 'export.pdf'), path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort()
      .map((name) => {
        const data = fs.readFileSync(path.join(dir, name));
        const [, width = '0', height = '0'] = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1')) ?? [];
        const header = /^P5\s+\d+\s+\d+\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))![0].length;
        const w = Number(width);
        const h = Number(height);
        // The text area: below the top margin, above the footer (64 and 72 points of 792).
        const top = Math.ceil((h * 64) / 792);
        const bottom = Math.floor((h * (792 - 72)) / 792);
        const inked: number[] = [];
        for (let row = top; row < bottom; row += 1) {
          const line = data.subarray(header + row * w, header + (row + 1) * w);
          if (line.some((value) => value < 160)) inked.push(row);
        }
        return inked.length === 0 ? 0 : (inked[inked.length - 1]! - inked[0]! + 1) / (bottom - top);
      });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('the PDF of record', () => {
  it('prints names in every script exactly, in reading order, and reports a character it cannot draw', async () => {
    const bytes = await renderPdf(
      input((plan) => {
        plan.meta.setTitle('Kế hoạch của Nguyễn Thị Hoa');
        plan.goals.add({ area: 'reading', baseline: 'Gia đình đồng ý với kế hoạch', target: '李明 reads 90 words 😀', measurement: 'Weekly' }, hoa);
        plan.parentInput.setPlain('שלום from דוד כהן and محمد أحمد');
      }),
    );
    const text = pdfToText(bytes);
    for (const expected of ['Nguyễn Thị Hoa', 'đồng ý', '李明', 'محمد أحمد', 'דוד כהן']) expect(text).toContain(expected);
    // No silent replacement: the emoji is shown as its code point and listed.
    expect(text).toContain('[U+1F600]');
    expect(text).toMatch(/Some characters cannot be shown in this PDF[\s\S]*U\+1F600/);
    expect(text).not.toContain('?');
  });

  it('is tagged, in English, with a bookmark for every section and goal', async () => {
    const bytes = await renderPdf(
      input((plan) => {
        plan.goals.add({ area: 'reading', baseline: 'b', target: 'Reads 90 words a minute', measurement: 'm' }, hoa);
        plan.goals.add({ area: 'math', baseline: 'b', target: 'Adds within 20', measurement: 'm' }, hoa);
      }),
    );
    expect(pdfInfo(bytes).Tagged).toBe('yes');
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(String(pdf.catalog.lookup(PDFName.of('Lang')))).toContain('en-US');
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'))).toBeDefined();
    const titles = outlineTitles(pdf);
    for (const label of [sectionLabels.goals, sectionLabels.services, sectionLabels.parentInput, 'Signatures']) expect(titles).toContain(label);
    expect(titles).toEqual(expect.arrayContaining(['Goal 1: Reading', 'Goal 2: Math']));
  });

  it('keeps an almost empty plan short, with no page left mostly blank except before a new section', async () => {
    const bytes = await renderPdf(input((plan) => plan.goals.add({ area: 'reading', target: 'Reads 90 words a minute' }, hoa)));
    const shares = inkedShare(bytes);
    expect(shares.length).toBeLessThanOrEqual(4);
    const pages = pdfToText(bytes).split('\f');
    const sectionTitles = new Set<string>([...Object.values(sectionLabels), 'Meetings and attendance', 'Signatures', 'Team members']);
    shares.forEach((share, index) => {
      if (index === shares.length - 1) return;
      // The last page of a section may end early: the next page opens a section.
      const next = (pages[index + 1] ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
      const opensSection = next.some((line, position) => position < 3 && sectionTitles.has(line));
      if (!opensSection) expect(share, `page ${index + 1}`).toBeGreaterThan(0.2);
    });
  });

  it('marks language and direction in DOCX and HTML', async () => {
    const written = input((plan) => plan.parentInput.setPlain('Notes from محمد أحمد and דוד כהן'));
    const document = await docxPart(await renderDocx(written), 'word/document.xml');
    expect(document).toMatch(/<w:rtl\/>[\s\S]*?<w:lang w:bidi="ar-SA"\/>[\s\S]*?محمد أحمد/);
    expect(document).toMatch(/<w:lang w:bidi="he-IL"\/>[\s\S]*?דוד כהן/);
    const html = renderHtml(written);
    expect(html).toContain('<span lang="ar" dir="rtl">محمد أحمد</span>');
    expect(html).toContain('<span lang="he" dir="rtl">דוד כהן</span>');
    expect(html).toMatch(/<p dir="auto">Notes from/);
  });

  it('keeps each goal heading with its fields, and names the goal again where its form runs onto a new page', async () => {
    const bytes = await renderPdf(
      input((plan) => {
        for (let index = 0; index < 6; index += 1) plan.goals.add({ area: 'reading', baseline: 'Reads 40 words a minute. '.repeat(6), target: 'Reads 90 words a minute. '.repeat(4), measurement: 'Weekly' }, hoa);
        plan.goals.add({ area: 'math', baseline: 'Counts to twenty. '.repeat(70), target: 'Adds within twenty. '.repeat(70), measurement: 'Timed probes. '.repeat(70) }, hoa);
      }),
    );
    const pages = pdfToText(bytes)
      .split('\f')
      .map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== 'D' && line !== 'R' && line !== 'A' && line !== 'F' && line !== 'T'));
    for (const lines of pages) {
      const headingAt = lines.findIndex((line) => /^Goal \d+: /.test(line) && !line.endsWith('(continued)'));
      // A goal heading is never the last content of a page: its first field follows it.
      if (headingAt >= 0) expect(lines[headingAt + 1], lines[headingAt]).toBe('Worked on at');
    }
    expect(pages.some((lines) => lines.includes('Goal 7: Math (continued)'))).toBe(true);
  });

  it('keeps a short goal form together on one page in the Word copy, and lets a long one break', async () => {
    const written = input((plan) => {
      plan.goals.add({ area: 'reading', baseline: 'Reads 40 words a minute.', target: 'Reads 90 words a minute.', measurement: 'Weekly' }, hoa);
      plan.goals.add({ area: 'math', baseline: 'Counts to twenty. '.repeat(70), target: 'Adds within twenty. '.repeat(70), measurement: 'Timed probes.' }, hoa);
    });
    const document = await docxPart(await renderDocx(written), 'word/document.xml');
    const formOf = (text: string) => [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([table]) => table).find((table) => table.includes(text))!;
    const short = formOf('Reads 40 words a minute.');
    const rows = short.match(/<w:tr>|<w:tr /g)!.length;
    // Both cells of every row but the last are kept with the next row: Word moves the whole form.
    expect(short.match(/<w:keepNext\/>/g)?.length).toBe(2 * (rows - 1));
    expect(formOf('Counts to twenty.')).not.toContain('<w:keepNext/>');
  });

  it('gives an empty section no page of its own in the Word copy', async () => {
    // No meetings recorded: the section is one line, and the signatures still start a page.
    const document = await docxPart(await renderDocx(input((plan) => plan.goals.add({ area: 'reading', target: 'Reads 90 words a minute' }, hoa))), 'word/document.xml');
    const paragraphOf = (text: string) => [...document.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map(([paragraph]) => paragraph).find((paragraph) => paragraph.includes(`>${text}<`))!;
    expect(paragraphOf('Meetings and attendance')).not.toContain('<w:pageBreakBefore/>');
    expect(paragraphOf('Signatures')).toContain('<w:pageBreakBefore/>');
  });

  it('never starts a line with the punctuation that closes a bold word', async () => {
    // The bold word walks along the line by the width of a narrow letter at a time, past the
    // point where it still fits but the full stop after it does not.
    const blocks: Block[] = [];
    for (let letters = 0; letters < 90; letters += 1) {
      blocks.push({ kind: 'paragraph', runs: [{ text: `${'l'.repeat(letters)} ${'word '.repeat(4)}fingerprint ` }, { text: 'c'.repeat(40), bold: true }, { text: '. Next' }] });
    }
    const bytes = await renderOutlinePdf({ blocks, draftMark: null, footer: 'Footer', properties: { title: 'T', subject: 'S', keywords: 'K', date: new Date(0) } });
    const lines = pdfToText(bytes).split(/[\n\f]/).map((line) => line.trim()).filter(Boolean);
    const breaksAfterBold = lines.filter((line) => line.endsWith('c'.repeat(40) + '.')).length;
    expect(breaksAfterBold, 'the walk put the bold word at the end of a line').toBeGreaterThan(0);
    expect(lines.filter((line) => line.startsWith('.'))).toEqual([]);
  });

  it('never leaves a section or item heading alone at the foot of a page', async () => {
    // A long plan puts headings at every height of a page; in this one the prior written
    // notice's heading once fell a few points short of room for its first sub-heading.
    const pages = pdfToText(await renderPdf(thirtyGoalPlan()))
      .split('\f')
      .map((page) => page.split('\n').map((line) => line.trim()).filter((line) => line !== '' && !/^Page \d+ of \d+$/.test(line) && !line.startsWith('Individualized Education Program · ')));
    const headings = new Set<string>([...Object.values(sectionLabels), 'Meetings and attendance', 'Signatures', 'Team members', 'Prior written notice']);
    let checked = 0;
    pages.forEach((lines, index) => {
      lines.forEach((line, at) => {
        if (!headings.has(line) && !/^(Goal \d+: |\d+\. )/.test(line)) return;
        checked += 1;
        expect(at, `"${line}" on page ${index + 1}`).toBeLessThan(lines.length - 1);
      });
    });
    expect(checked).toBeGreaterThan(40);
  });
});
