import type { Run, Runs } from './outline';
import { bidiLines, type BidiParagraph, type StyledText } from './pdf/bidiLines';
import { ascenderOf, type Weight } from './pdf/pdfFonts';
import { hasRightToLeft, measurable, segmentText, type MissingGlyphs } from './pdf/pdfText';
import { colors, fonts, page } from './pdfTheme';

/**
 * The drawing primitives every part of the PDF layout shares: where the page ends, and how
 * styled runs are measured and drawn, each character in a font that has it.
 */

export type Doc = PDFKit.PDFDocument;

export const left = page.margins.left;
export const bottom = page.height - page.margins.bottom;

function weightOf(run: Run): Weight {
  if (run.bold) return 'bold';
  if (run.italic) return 'italic';
  return 'regular';
}

// Punctuation that closes what comes before it: a line never starts with it.
const closingPunctuation = /^[.,;:!?)\]}»”’%…]+/u;

/**
 * The runs to draw, with punctuation that follows a run directly moved into that run. The
 * PDF's line breaking may break between runs, so a comma after a bold code, or the full stop
 * after a fingerprint that filled its line, started the next line on its own.
 */
function drawable(runs: Runs): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const previous = out[out.length - 1];
    const glued = previous && !/\s$/u.test(previous.text) ? closingPunctuation.exec(run.text)?.[0] : undefined;
    if (!previous || !glued) {
      out.push(run);
      continue;
    }
    out[out.length - 1] = { ...previous, text: previous.text + glued };
    if (run.text.length > glued.length) out.push({ ...run, text: run.text.slice(glued.length) });
  }
  return out;
}

function styled(runs: readonly Run[], color?: string): StyledText[] {
  return runs.map((run) => ({ text: run.text, weight: weightOf(run), color: color === undefined ? undefined : run.muted ? colors.muted : color }));
}

function plain(runs: Runs): string {
  return runs.map((run) => run.text).join('');
}

export class PdfPen {
  /** Characters no embedded font could draw; listed at the end of the document. */
  readonly missing: MissingGlyphs = new Set();

  constructor(readonly doc: Doc) {}

  /**
   * Draws one line of text at (x, y) in a weight and size, without wrapping (headings,
   * labels, the footer).
   */
  line(text: string, x: number, y: number, weight: Weight, size: number, options: PDFKit.Mixins.TextOptions = {}): void {
    if (options.width !== undefined && options.lineBreak !== false && hasRightToLeft(text)) {
      this.bidiText([{ text, weight }], x, y, options.width, size, options.lineGap ?? 0);
      return;
    }
    const segments = segmentText(text, weight, this.missing);
    segments.forEach((segment, index) => {
      this.doc.font(segment.font).fontSize(size);
      const drawOptions = { ...options, continued: index < segments.length - 1 };
      if (index === 0) this.doc.text(segment.text, x, y, drawOptions);
      else this.doc.text(segment.text, drawOptions);
    });
  }

  /** Height of text in a weight at a width, measured in the Latin face. */
  heightOf(text: string, weight: Weight, size: number, options: PDFKit.Mixins.TextOptions): number {
    if (options.width !== undefined && hasRightToLeft(text)) return this.bidiHeight([{ text, weight }], options.width, size, options.lineGap ?? 0);
    return this.doc.font(weight === 'bold' ? fonts.bold : fonts.regular).fontSize(size).heightOfString(measurable(text), options);
  }

  atTop(): boolean {
    return this.doc.y <= page.margins.top + 1;
  }

  /** Starts a new page unless `height` more points fit; at the top of a page, taller content starts anyway. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > bottom && !this.atTop()) this.doc.addPage();
  }

  gap(points: number): void {
    if (!this.atTop()) this.doc.y += points;
  }

  /** Height the runs take at this width; measured in bold when any run is bold, so it never falls short. */
  measure(runs: Runs, width: number, size: number, lineGap: number): number {
    const parts = drawable(runs);
    if (parts.length === 0) return 0;
    if (parts.some((run) => hasRightToLeft(run.text))) return this.bidiHeight(styled(parts), width, size, lineGap);
    const font = parts.some((run) => run.bold) ? fonts.bold : fonts.regular;
    return this.doc.font(font).fontSize(size).heightOfString(measurable(plain(parts)), { width, lineGap });
  }

  /** Draws runs from (x, y) wrapping at `width`; leaves doc.y below them. */
  runs(runs: Runs, x: number, y: number, width: number, size: number, lineGap: number, color: string = colors.ink): void {
    const parts = drawable(runs);
    if (parts.length === 0) return;
    if (parts.some((run) => hasRightToLeft(run.text))) {
      this.bidiText(styled(parts, color), x, y, width, size, lineGap);
      return;
    }
    const pieces = parts.flatMap((run) =>
      segmentText(run.text, weightOf(run), this.missing).map((segment) => ({ segment, color: run.muted ? colors.muted : color })),
    );
    pieces.forEach(({ segment, color: fill }, index) => {
      this.doc.font(segment.font).fontSize(size).fillColor(fill);
      const options = { width, lineGap, continued: index < pieces.length - 1 };
      if (index === 0) this.doc.text(segment.text, x, y, options);
      else this.doc.text(segment.text, options);
    });
  }

  /** Line height as pdfkit's own wrapping advances it: the Latin face's, plus the gap. */
  private lineHeight(size: number, lineGap: number): number {
    return this.doc.font(fonts.regular).fontSize(size).currentLineHeight(true) + lineGap;
  }

  private bidiParagraphs(parts: readonly StyledText[], width: number, size: number): BidiParagraph[] {
    return bidiLines(parts, width, (text, font) => this.doc.font(font).fontSize(size).widthOfString(text), this.missing);
  }

  private bidiHeight(parts: readonly StyledText[], width: number, size: number, lineGap: number): number {
    const lines = this.bidiParagraphs(parts, width, size).reduce((sum, paragraph) => sum + paragraph.lines.length, 0);
    return lines * this.lineHeight(size, lineGap);
  }

  /**
   * Text with right-to-left words, wrapped in reading order and each line drawn in visual
   * order (see pdf/bidiLines.ts); right-to-left paragraphs keep to the right edge. Every piece
   * sits on the Latin face's baseline, whatever its own face's ascender. Leaves doc.y below.
   */
  private bidiText(parts: readonly StyledText[], x: number, y: number, width: number, size: number, lineGap: number): void {
    const lineHeight = this.lineHeight(size, lineGap);
    const baseline = (ascenderOf(fonts.regular) * size) / 1000;
    let top = y;
    for (const paragraph of this.bidiParagraphs(parts, width, size)) {
      for (const line of paragraph.lines) {
        if (top + lineHeight > bottom && top > page.margins.top + 1) {
          this.doc.addPage();
          top = this.doc.y;
        }
        let cursor = paragraph.rtl ? x + width - line.width : x;
        for (const item of line.items) {
          if (!item.blank) {
            this.doc.font(item.font).fontSize(size);
            if (item.color) this.doc.fillColor(item.color);
            this.doc.text(item.text, cursor, top + baseline - (ascenderOf(item.font) * size) / 1000, { lineBreak: false });
          }
          cursor += item.width;
        }
        top += lineHeight;
      }
    }
    this.doc.x = x;
    this.doc.y = top;
  }
}
