import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { draftHeaderPath, draftHeaderXml } from './docxDraftHeader';
import { bulletListReference, docxColors, DocxBlocks, docxContentWidth, numberedListReference } from './docxBlocks';
import { escapeMarkup as escapeXml } from './markup';
import { meetingOutline } from './meetingOutline';
import type { Outline } from './outline';
import { planOutline } from './planOutline';
import { pinZipTimestamps } from './zipTimestamps';

/**
 * The Word export: real heading styles (so Word's navigation pane and screen readers see the
 * structure), numbered and bulleted lists, tables with a repeating header row, and for drafts
 * a "DRAFT — not agreed" header plus a DRAFT watermark on every page.
 *
 * One version always gives the same bytes: the core properties are written here with the
 * version's date (the docx package would stamp the current time), and the zip entries' times
 * are pinned to that date.
 */

const creator = 'Bridgeplan';

function coreProperties(outline: Outline): string {
  const { properties } = outline;
  const date = properties.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title>` +
    `<dc:subject>${escapeXml(properties.subject)}</dc:subject>` +
    `<dc:creator>${creator}</dc:creator>` +
    `<cp:keywords>${escapeXml(properties.keywords)}</cp:keywords>` +
    `<cp:lastModifiedBy>${creator}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A placeholder so the package wires a header into every page; its XML is replaced on packing. */
function header(draftMark: string): Header {
  return new Header({ children: [new Paragraph({ children: [new TextRun(draftMark)] })] });
}

function footer(text: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: docxContentWidth }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: docxColors.line, space: 6 } },
        children: [
          new TextRun({ text, size: 16, color: docxColors.muted }),
          new TextRun({ children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 16, color: docxColors.muted }),
        ],
      }),
    ],
  });
}

const listIndent = (level: number) => ({ left: 540 + level * 360, hanging: 300 });

function buildDocument(outline: Outline): Document {
  const body = new DocxBlocks().convert(outline.blocks);
  return new Document({
    title: outline.properties.title,
    subject: outline.properties.subject,
    creator,
    keywords: outline.properties.keywords,
    styles: {
      default: {
        document: {
          run: { font: 'Arial', size: 22, color: docxColors.ink, language: { value: outline.properties.language ?? 'en-US' } },
          paragraph: { spacing: { after: 140, line: 288 } },
        },
        heading1: { run: { font: 'Arial', size: 44, bold: true, color: docxColors.accent }, paragraph: { spacing: { after: 120 } } },
        heading2: {
          run: { font: 'Arial', size: 32, bold: true, color: docxColors.accent },
          paragraph: {
            spacing: { before: 480, after: 120 },
            border: { top: { style: BorderStyle.SINGLE, size: 18, color: docxColors.accent, space: 10 } },
          },
        },
        heading3: { run: { font: 'Arial', size: 26, bold: true, color: docxColors.ink }, paragraph: { spacing: { before: 320, after: 100 } } },
        heading4: { run: { font: 'Arial', size: 23, bold: true, color: docxColors.ink }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
      paragraphStyles: [
        { id: 'Intro', name: 'Intro', basedOn: 'Normal', run: { color: docxColors.muted }, paragraph: { spacing: { after: 200 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: numberedListReference,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: level % 2 === 0 ? LevelFormat.DECIMAL : LevelFormat.LOWER_LETTER,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: listIndent(level) } },
          })),
        },
        {
          reference: bulletListReference,
          levels: [0, 1, 2, 3].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: level % 2 === 0 ? '•' : '◦',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: listIndent(level) } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 15840 },
            margin: { top: 1296, bottom: 1296, left: 1296, right: 1296, header: 560, footer: 560 },
          },
        },
        ...(outline.draftMark ? { headers: { default: header(outline.draftMark) } } : {}),
        footers: { default: footer(outline.footer) },
        children: body,
      },
    ],
  });
}

export async function renderOutlineDocx(outline: Outline): Promise<Uint8Array> {
  const overrides = [{ path: 'docProps/core.xml', data: coreProperties(outline) }];
  if (outline.draftMark) overrides.push({ path: draftHeaderPath, data: draftHeaderXml(outline.draftMark, docxColors.alert) });
  const packed = await Packer.toBuffer(buildDocument(outline), false, overrides);
  return pinZipTimestamps(new Uint8Array(packed), outline.properties.date);
}

export function renderDocx(input: PlanExportInput): Promise<Uint8Array> {
  return renderOutlineDocx(planOutline(input));
}

export function renderMeetingDocx(input: MeetingExportInput): Promise<Uint8Array> {
  return renderOutlineDocx(meetingOutline(input));
}
