import PDFDocument from 'pdfkit';
import type { MeetingExportInput, PlanExportInput } from './ExportInput';
import { meetingOutline } from './meetingOutline';
import type { Outline } from './outline';
import { PdfLayout } from './pdfLayout';
import { registerFonts } from './pdf/pdfFonts';
import { PdfTags } from './pdf/pdfTags';
import { codePointLabel, measurable } from './pdf/pdfText';
import type { PdfPen } from './pdfPen';
import { colors, contentWidth, fonts, page, type } from './pdfTheme';
import { planOutline } from './planOutline';
import { rendererWords } from './rendererWords';

/**
 * The PDF export, drawn with pdfkit in embedded Noto fonts (pdf/pdfFonts.ts), tagged (a
 * structure tree for screen readers, the document language) and with a bookmark for every
 * section and item. One version always gives the same bytes: the document dates come from the
 * outline (the version's proposedAt), font subsets are named from their order of use, and the
 * file identifier pdfkit derives from the document info is therefore fixed too; the info's
 * Keywords carry the version hash, so the identifier follows the version.
 */

type Doc = PDFKit.PDFDocument;

const producer = 'Bridgeplan';

/**
 * The longest start of `text` that fits `width` with an ellipsis. Widths grow with length, so a
 * binary search finds it in O(log n) measurements: trimming a character at a time made one
 * long title cost minutes of CPU.
 */
export function fitLine(doc: Doc, text: string, width: number): string {
  const widthOf = (value: string) => doc.widthOfString(measurable(value));
  if (widthOf(text) <= width) return text;
  const chars = [...text];
  let low = 1;
  let high = chars.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (widthOf(`${chars.slice(0, middle).join('')}…`) <= width) low = middle;
    else high = middle - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}…`;
}

/**
 * Footer on every page; at the top of a page that continues a section, the section's name; for
 * drafts the header line and the diagonal watermark: all artifacts.
 */
function decoratePages(doc: Doc, pen: PdfPen, outline: Outline, runningHeads: readonly (string | null)[]): void {
  const words = rendererWords(outline.properties.language);
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Drawing in the margin must not make pdfkit start another page.
    const margins = { ...doc.page.margins };
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    doc.markContent('Artifact', { type: 'Pagination' });
    const footerY = page.height - page.margins.bottom + 26;
    doc.moveTo(page.margins.left, footerY - 8).lineTo(page.margins.left + contentWidth, footerY - 8).lineWidth(0.5).strokeColor(colors.line).stroke();
    const pageLabel = words.page(index - start + 1, count);
    doc.font(fonts.regular).fontSize(type.footer).fillColor(colors.muted);
    const labelWidth = doc.widthOfString(pageLabel);
    pen.line(fitLine(doc, outline.footer, contentWidth - labelWidth - 24), page.margins.left, footerY, 'regular', type.footer, { lineBreak: false });
    doc.font(fonts.regular).fontSize(type.footer).text(pageLabel, page.margins.left + contentWidth - labelWidth, footerY, { lineBreak: false });
    const runningHead = runningHeads[index - start];
    if (runningHead) {
      // Left of the draft mark, which is centred, and never reaching it.
      doc.font(fonts.regular).fontSize(type.footer).fillColor(colors.muted);
      pen.line(fitLine(doc, runningHead, contentWidth * 0.34), page.margins.left, 31, 'regular', type.footer, { lineBreak: false });
    }
    if (outline.draftMark) {
      doc.font(fonts.bold).fontSize(9).fillColor(colors.alert);
      pen.line(outline.draftMark, (page.width - doc.widthOfString(outline.draftMark)) / 2, 30, 'bold', 9, { lineBreak: false });
      doc.save();
      doc.rotate(-40, { origin: [page.width / 2, page.height / 2] });
      doc.font(fonts.bold).fontSize(words.watermarkSize).fillColor(colors.alert).fillOpacity(0.09);
      const width = doc.widthOfString(words.watermark);
      doc.text(words.watermark, (page.width - width) / 2, page.height / 2 - words.watermarkSize / 2, { lineBreak: false });
      doc.restore();
    }
    doc.endMarkedContent();
    doc.page.margins = margins;
  }
}

/** Characters no embedded font could draw are listed, so nobody mistakes the gap for the text. */
function missingGlyphsNotice(pen: PdfPen, language: string | undefined): Outline['blocks'] {
  if (pen.missing.size === 0) return [];
  const listed = [...pen.missing].sort((a, b) => a - b).map(codePointLabel);
  const [lead, rest] = rendererWords(language).missingGlyphs(listed.join(', '));
  return [
    {
      kind: 'notice',
      runs: [
        { text: lead, bold: true },
        { text: rest },
      ],
    },
  ];
}

export function renderOutlinePdf(outline: Outline): Promise<Uint8Array> {
  const { properties } = outline;
  const doc = new PDFDocument({
    size: page.size,
    margins: page.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: outline.properties.language ?? 'en-US',
    tagged: true,
    displayTitle: true,
    // No standard font is loaded: every face is an embedded Noto subset.
    font: null as unknown as string,
    info: {
      Title: properties.title,
      Subject: properties.subject,
      Keywords: properties.keywords,
      Producer: producer,
      Creator: producer,
      CreationDate: properties.date,
      ModDate: properties.date,
    },
  });
  const chunks: Buffer[] = [];
  const finished = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
  registerFonts(doc);
  doc.font(fonts.regular);
  const tags = new PdfTags(doc);
  const layout = new PdfLayout(doc, tags, rendererWords(outline.properties.language));
  layout.render(outline.blocks);
  layout.render(missingGlyphsNotice(layout.pen, outline.properties.language));
  tags.end();
  decoratePages(doc, layout.pen, outline, layout.runningHeads);
  doc.end();
  return finished;
}

export function renderPdf(input: PlanExportInput): Promise<Uint8Array> {
  return renderOutlinePdf(planOutline(input));
}

export function renderMeetingPdf(input: MeetingExportInput): Promise<Uint8Array> {
  return renderOutlinePdf(meetingOutline(input));
}
