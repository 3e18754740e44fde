import { docxLanguages, scriptChunks } from './scriptChunks';
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Cell, FieldsBlock, ListBlock, Runs, TableBlock } from './outline';

/**
 * Outline blocks as Word paragraphs and tables. User text only ever goes into TextRun text,
 * which the docx package writes as escaped XML character data: it stays words in Word.
 */

export const docxColors = {
  ink: '1B1F24',
  muted: '535C68',
  accent: '1D4E89',
  line: 'C5CDD8',
  soft: 'EEF2F7',
  faint: 'E3E8EF',
  alert: 'B42318',
  alertSoft: 'FDECEA',
} as const;

export const numberedListReference = 'bridgeplan-numbered';
export const bulletListReference = 'bridgeplan-bullets';

/** Text width of a Letter page with 0.9 inch margins, in twips. */
export const docxContentWidth = 12240 - 2 * 1296;

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** Runs as TextRuns; a newline inside a run becomes a line break. */
export function textRuns(runs: Runs, size?: number): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((line, index) => {
      // Arabic and Hebrew runs read right to left and carry their language; Chinese its East Asian one.
      const chunks = line === '' ? [{ text: '', lang: null, rtl: false }] : scriptChunks(line);
      chunks.forEach((chunk, position) => {
        out.push(
          new TextRun({
            text: chunk.text,
            bold: run.bold ?? false,
            italics: run.italic ?? false,
            ...(run.muted ? { color: docxColors.muted } : {}),
            ...(size ? { size } : {}),
            ...(index > 0 && position === 0 ? { break: 1 } : {}),
            ...(chunk.rtl ? { rightToLeft: true } : {}),
            ...(chunk.lang === 'ar' || chunk.lang === 'he' ? { language: { bidirectional: docxLanguages[chunk.lang] } } : {}),
            ...(chunk.lang === 'zh' ? { language: { eastAsia: docxLanguages.zh } } : {}),
          }),
        );
      });
    });
  }
  return out;
}

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: docxColors.line } as const;

function cellParagraphs(cell: Cell, bold: boolean): Paragraph[] {
  const lines = cell.length > 0 ? cell : [[]];
  return lines.map(
    (line) =>
      new Paragraph({
        spacing: { before: 0, after: 40 },
        children: textRuns(bold ? line.map((run) => ({ ...run, bold: true })) : line, 19),
      }),
  );
}

function table(block: TableBlock): Table {
  const widths = block.columns.map((column) => Math.round(column.width * docxContentWidth));
  const cell = (value: Cell, index: number, header: boolean): TableCell =>
    new TableCell({
      width: { size: widths[index] ?? 0, type: WidthType.DXA },
      margins: { top: 80, bottom: 60, left: 100, right: 100 },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: docxColors.soft, color: 'auto' } } : {}),
      children: cellParagraphs(value, header),
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((column, index) => cell([[{ text: column.label }]], index, true)),
  });
  const rows = block.rows.map(
    (row) => new TableRow({ cantSplit: true, children: row.map((value, index) => cell(value, index, false)) }),
  );
  return new Table({
    width: { size: docxContentWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [header, ...rows],
  });
}

const labelShare = 0.32;

// About half a page of text: a form this short is kept on one page, as the PDF does.
const keptTogetherCharacters = 1400;

/** Whether a form is short enough to keep whole, so that a goal never leaves one row behind. */
function keptTogether(block: FieldsBlock): boolean {
  const characters = block.rows.reduce((sum, row) => sum + row.label.length + row.value.reduce((total, run) => total + run.text.length, 0), 0);
  return characters <= keptTogetherCharacters;
}

function fields(block: FieldsBlock): Table {
  // Word keeps a row with the next when its paragraphs are kept with the next.
  const whole = keptTogether(block);
  const keepNext = (index: number) => whole && index < block.rows.length - 1;
  const labelWidth = Math.round(docxContentWidth * labelShare);
  const valueWidth = docxContentWidth - labelWidth;
  const line = { style: BorderStyle.SINGLE, size: 4, color: docxColors.faint } as const;
  return new Table({
    width: { size: docxContentWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, valueWidth],
    layout: TableLayoutType.FIXED,
    borders: { top: none, bottom: line, left: none, right: none, insideHorizontal: line, insideVertical: none },
    rows: block.rows.map(
      (row, index) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: labelWidth, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 0, right: 160 },
              children: [new Paragraph({ spacing: { after: 0 }, keepNext: keepNext(index), children: textRuns([{ text: row.label, bold: true, muted: true }], 20) })],
            }),
            new TableCell({
              width: { size: valueWidth, type: WidthType.DXA },
              margins: { top: 60, bottom: 60, left: 0, right: 0 },
              children: [new Paragraph({ spacing: { after: 0 }, keepNext: keepNext(index), children: textRuns(row.value) })],
            }),
          ],
        }),
    ),
  });
}

/** Converts blocks; `nextList` hands out a numbering instance per list so each list restarts at 1. */
export class DocxBlocks {
  private lists = 0;

  convert(blocks: readonly Block[]): (Paragraph | Table)[] {
    return blocks.flatMap((block) => this.block(block));
  }

  private list(block: ListBlock, level: number): Paragraph[] {
    this.lists += 1;
    const instance = this.lists;
    return block.items.flatMap((item, index) => [
      new Paragraph({
        numbering: { reference: block.ordered ? numberedListReference : bulletListReference, level: Math.min(level, 3), instance },
        // The last item of a top-level list leaves the usual paragraph gap before what follows.
        spacing: { after: level === 0 && index === block.items.length - 1 ? 200 : 60 },
        children: textRuns(item.runs),
      }),
      ...(item.children ?? []).flatMap((child) => this.list(child, level + 1)),
    ]);
  }

  private block(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'heading':
        return [
          new Paragraph({
            heading: headingLevels[block.level],
            pageBreakBefore: block.newPage ?? false,
            keepNext: true,
            children: [new TextRun({ text: block.text })],
          }),
        ];
      case 'paragraph':
        return [
          new Paragraph({
            // An intro line belongs with the heading above and the content below it.
            ...(block.style === 'intro' ? { style: 'Intro', keepNext: true } : {}),
            children: textRuns(block.runs),
          }),
        ];
      case 'chart':
        // Word gets the chart's words; the PDF and the web page draw it.
        return [new Paragraph({ style: 'Intro', children: [new TextRun({ text: `${block.caption ?? 'Chart'}: ${block.description}`, italics: true })] })];
      case 'notice':
        return [
          new Paragraph({
            shading: { type: ShadingType.CLEAR, fill: docxColors.alertSoft, color: 'auto' },
            border: { left: { style: BorderStyle.SINGLE, size: 36, color: docxColors.alert, space: 8 } },
            indent: { left: 200, right: 200 },
            spacing: { before: 120, after: 240 },
            children: textRuns(block.runs),
          }),
        ];
      case 'list':
        return this.list(block, 0);
      case 'fields':
        return [fields(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
      case 'table':
        return [table(block), new Paragraph({ spacing: { after: 120 }, children: [] })];
    }
  }
}
