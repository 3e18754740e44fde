import type { Cell, TableBlock } from './outline';
import type { PdfTags } from './pdf/pdfTags';
import { bottom, left, type PdfPen } from './pdfPen';
import { colors, contentWidth, page, type } from './pdfTheme';

/**
 * Tables, drawn by hand rather than with pdfkit's table helper so a row never splits across
 * pages and the header row repeats at the top of each new page.
 */

const cellPadding = 5;

export class PdfTable {
  constructor(
    private readonly pen: PdfPen,
    private readonly tags: PdfTags,
  ) {}

  private get doc(): PdfPen['doc'] {
    return this.pen.doc;
  }

  /** Room the header and first row need: what a heading above the table keeps with it. */
  keepHeight(block: TableBlock): number {
    const widths = block.columns.map((column) => column.width * contentWidth);
    const header = block.columns.map((column): Cell => [[{ text: column.label }]]);
    const first = block.rows[0];
    return this.rowHeight(header, widths, true) + Math.min(first ? this.rowHeight(first, widths, false) : 0, type.table * 6) + 8;
  }

  private cellHeight(cell: Cell, width: number, bold: boolean): number {
    const lines = bold ? cell.map((line) => line.map((run) => ({ ...run, bold: true }))) : cell;
    return lines.reduce((sum, line) => sum + this.pen.measure(line, width, type.table, type.tableGap), 0) + cellPadding * 2;
  }

  private rowHeight(cells: readonly Cell[], widths: readonly number[], header: boolean): number {
    const heights = cells.map((cell, index) => this.cellHeight(cell, (widths[index] ?? 0) - cellPadding * 2, header));
    return Math.max(...heights, type.table + cellPadding * 2);
  }

  private row(cells: readonly Cell[], widths: readonly number[], header: boolean): void {
    const height = this.rowHeight(cells, widths, header);
    const top = this.doc.y;
    let x = left;
    this.tags.group('TR', () => {
      cells.forEach((cell, index) => {
        const width = widths[index] ?? 0;
        const cellX = x;
        this.tags.artifact(() => {
          if (header) this.doc.rect(cellX, top, width, height).fill(colors.soft);
          this.doc.rect(cellX, top, width, height).lineWidth(0.6).strokeColor(colors.line).stroke();
        });
        this.tags.element(header ? 'TH' : 'TD', () => {
          let y = top + cellPadding;
          for (const line of cell) {
            const runs = header ? line.map((run) => ({ ...run, bold: true })) : line;
            this.pen.runs(runs, cellX + cellPadding, y, width - cellPadding * 2, type.table, type.tableGap);
            y = this.doc.y;
          }
        });
        x += width;
      });
    });
    this.doc.y = top + height;
  }

  /**
   * A row too tall for any page (a note of several hundred words) cannot be boxed: its cells
   * are written one after another at full width, each under its column's name, and the text
   * flows across pages like a paragraph.
   */
  private flowingRow(cells: readonly Cell[], block: TableBlock): void {
    this.tags.group('TR', () => {
      cells.forEach((cell, index) => {
        this.pen.ensureSpace(type.body * 3);
        this.doc.fillColor(colors.muted);
        this.tags.element('TH', () => this.pen.line(block.columns[index]?.label ?? '', left + cellPadding, this.doc.y, 'bold', type.label, { width: contentWidth }));
        this.tags.element('TD', () => {
          for (const line of cell) this.pen.runs(line, left + cellPadding, this.doc.y, contentWidth - cellPadding * 2, type.table, type.tableGap);
        });
        this.doc.y += 6;
      });
    });
    this.tags.artifact(() => this.doc.moveTo(left, this.doc.y).lineTo(left + contentWidth, this.doc.y).lineWidth(0.6).strokeColor(colors.line).stroke());
    this.doc.y += 4;
  }

  draw(block: TableBlock): void {
    const widths = block.columns.map((column) => column.width * contentWidth);
    const header = block.columns.map((column): Cell => [[{ text: column.label }]]);
    const headerHeight = this.rowHeight(header, widths, true);
    const first = block.rows[0];
    this.pen.gap(4);
    this.pen.ensureSpace(headerHeight + Math.min(first ? this.rowHeight(first, widths, false) : 0, type.table * 6));
    this.tags.group('Table', () => this.rows(block, widths, header, headerHeight));
    this.doc.y += 14;
  }

  private rows(block: TableBlock, widths: readonly number[], header: readonly Cell[], headerHeight: number): void {
    const tallest = bottom - page.margins.top - headerHeight;
    this.row(header, widths, true);
    for (const cells of block.rows) {
      const height = this.rowHeight(cells, widths, false);
      if (height > tallest) {
        this.flowingRow(cells, block);
        continue;
      }
      if (this.doc.y + height > bottom) {
        this.doc.addPage();
        this.row(header, widths, true);
      }
      this.row(cells, widths, false);
    }
  }
}
