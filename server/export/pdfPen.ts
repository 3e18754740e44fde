import type { Run, Runs } from './outline';
import type { Weight } from './pdf/pdfFonts';
import { measurable, segmentText, type MissingGlyphs } from './pdf/pdfText';
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

function drawable(runs: Runs): Run[] {
  return runs.filter((run) => run.text !== '');
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
    const font = parts.some((run) => run.bold) ? fonts.bold : fonts.regular;
    return this.doc.font(font).fontSize(size).heightOfString(measurable(plain(parts)), { width, lineGap });
  }

  /** Draws runs from (x, y) wrapping at `width`; leaves doc.y below them. */
  runs(runs: Runs, x: number, y: number, width: number, size: number, lineGap: number, color: string = colors.ink): void {
    const parts = drawable(runs);
    if (parts.length === 0) return;
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
}
