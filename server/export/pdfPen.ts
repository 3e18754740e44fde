import type { Run, Runs } from './outline';
import { toWinAnsi } from './pdfText';
import { colors, fonts, page } from './pdfTheme';

/**
 * The drawing primitives every part of the PDF layout shares: where the page ends, and how
 * styled runs are measured and drawn with Helvetica.
 */

export type Doc = PDFKit.PDFDocument;

export const left = page.margins.left;
export const bottom = page.height - page.margins.bottom;

function fontFor(run: Run): string {
  if (run.bold && run.italic) return fonts.boldItalic;
  if (run.bold) return fonts.bold;
  if (run.italic) return fonts.italic;
  return fonts.regular;
}

function drawable(runs: Runs): Run[] {
  return runs.map((run) => ({ ...run, text: toWinAnsi(run.text) })).filter((run) => run.text !== '');
}

function plain(runs: Runs): string {
  return runs.map((run) => run.text).join('');
}

export class PdfPen {
  constructor(readonly doc: Doc) {}

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
    return this.doc.font(font).fontSize(size).heightOfString(plain(parts), { width, lineGap });
  }

  /** Draws runs from (x, y) wrapping at `width`; leaves doc.y below them. */
  runs(runs: Runs, x: number, y: number, width: number, size: number, lineGap: number, color: string = colors.ink): void {
    const parts = drawable(runs);
    if (parts.length === 0) return;
    parts.forEach((run, index) => {
      this.doc
        .font(fontFor(run))
        .fontSize(size)
        .fillColor(run.muted ? colors.muted : color);
      const options = { width, lineGap, continued: index < parts.length - 1 };
      if (index === 0) this.doc.text(run.text, x, y, options);
      else this.doc.text(run.text, options);
    });
  }
}
