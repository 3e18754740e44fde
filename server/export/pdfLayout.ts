import type { Block, FieldRow, FieldsBlock, HeadingBlock, ListBlock, NoticeBlock, ParagraphBlock } from './outline';
import { bottom, left, PdfPen, type Doc } from './pdfPen';
import { PdfTable } from './pdfTable';
import { toWinAnsi } from './pdfText';
import { colors, contentWidth, fonts, page, type } from './pdfTheme';

/** Draws outline blocks on a pdfkit document, top to bottom, starting new pages as needed. */

const fieldLabelWidth = 168;

export class PdfLayout {
  private readonly pen: PdfPen;
  private readonly tables: PdfTable;

  constructor(private readonly doc: Doc) {
    this.pen = new PdfPen(doc);
    this.tables = new PdfTable(this.pen);
  }

  /** Draws the blocks in order; headings stay on the page of what follows them. */
  render(blocks: readonly Block[]): void {
    blocks.forEach((block, index) => {
      if (block.kind === 'heading') this.heading(block, this.followingHeight(blocks, index + 1));
      else this.block(block);
    });
  }

  private headingHeight(block: HeadingBlock): number {
    const size = type.headings[block.level];
    return this.doc.font(fonts.bold).fontSize(size).heightOfString(toWinAnsi(block.text), { width: contentWidth }) + 26;
  }

  /**
   * The room the content after a heading needs on the same page: any sub-headings and intro
   * lines, then the first piece of real content (a whole short form, a table's first row...).
   */
  private followingHeight(blocks: readonly Block[], start: number): number {
    let height = 0;
    for (let index = start; index < blocks.length; index += 1) {
      const next = blocks[index];
      if (!next) break;
      if (next.kind === 'heading') {
        height += this.headingHeight(next);
        continue;
      }
      if (next.kind === 'paragraph' && next.style === 'intro') {
        height += this.pen.measure(next.runs, contentWidth, type.body - 0.5, type.bodyGap) + 10;
        continue;
      }
      height += this.keepHeight(next);
      break;
    }
    return Math.min(height, (bottom - page.margins.top) * 0.6);
  }

  private keepHeight(block: Block): number {
    switch (block.kind) {
      case 'heading':
        return this.headingHeight(block);
      case 'paragraph':
        return Math.min(this.pen.measure(block.runs, contentWidth, type.body, type.bodyGap), type.body * 4.5) + 7;
      case 'notice':
        return this.pen.measure(block.runs, contentWidth - 28, type.body, type.bodyGap) + 34;
      case 'list': {
        const first = block.items[0];
        return first ? this.pen.measure(first.runs, contentWidth - 40, type.body, type.bodyGap) + 6 : 0;
      }
      case 'fields':
        return this.fieldRows(block).reduce((sum, row) => sum + row.height + 9, 0);
      case 'table':
        return this.tables.keepHeight(block);
    }
  }

  private block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block, 0);
      case 'paragraph':
        return this.paragraph(block);
      case 'notice':
        return this.notice(block);
      case 'list':
        return this.list(block, 0);
      case 'fields':
        return this.fields(block);
      case 'table':
        return this.tables.draw(block);
    }
  }

  private heading(block: HeadingBlock, following: number): void {
    const size = type.headings[block.level];
    const text = toWinAnsi(block.text);
    if (block.level === 1) {
      this.doc.font(fonts.bold).fontSize(size).fillColor(colors.accent).text(text, left, this.doc.y, { width: contentWidth });
      this.doc.y += 4;
      return;
    }
    if (block.level === 2) {
      if (block.newPage && !this.pen.atTop()) this.doc.addPage();
      else {
        this.pen.gap(22);
        this.pen.ensureSpace(this.headingHeight(block) + following);
      }
      this.doc.rect(left, this.doc.y, contentWidth, 2).fill(colors.accent);
      this.doc.y += 10;
      this.doc.font(fonts.bold).fontSize(size).fillColor(colors.accent).text(text, left, this.doc.y, { width: contentWidth });
      this.doc.y += 4;
      return;
    }
    this.pen.gap(block.level === 3 ? 14 : 8);
    this.pen.ensureSpace(this.headingHeight(block) + following);
    this.doc.font(fonts.bold).fontSize(size).fillColor(colors.ink).text(text, left, this.doc.y, { width: contentWidth });
    this.doc.y += 4;
  }

  private paragraph(block: ParagraphBlock): void {
    const intro = block.style === 'intro';
    const size = intro ? type.body - 0.5 : type.body;
    this.pen.ensureSpace(size * 2.5);
    this.pen.runs(block.runs, left, this.doc.y, contentWidth, size, type.bodyGap, intro ? colors.muted : colors.ink);
    this.doc.y += intro ? 10 : 7;
  }

  private notice(block: NoticeBlock): void {
    const inner = contentWidth - 28;
    const height = this.pen.measure(block.runs, inner, type.body, type.bodyGap) + 20;
    this.pen.gap(4);
    this.pen.ensureSpace(height);
    const top = this.doc.y;
    this.doc.rect(left, top, contentWidth, height).fill(colors.alertSoft);
    this.doc.rect(left, top, 5, height).fill(colors.alert);
    this.pen.runs(block.runs, left + 18, top + 10, inner, type.body, type.bodyGap);
    this.doc.y = top + height + 14;
  }

  private list(block: ListBlock, indent: number): void {
    const markerWidth = block.ordered ? 20 : 12;
    const textX = left + indent + markerWidth + 6;
    const width = contentWidth - (textX - left);
    block.items.forEach((item, index) => {
      this.pen.ensureSpace(type.body * 2.2);
      const top = this.doc.y;
      const marker = block.ordered ? `${index + 1}.` : '•';
      this.doc
        .font(fonts.regular)
        .fontSize(type.body)
        .fillColor(colors.ink)
        .text(marker, left + indent, top, { width: markerWidth, align: block.ordered ? 'right' : 'left', lineBreak: false });
      this.doc.y = top;
      this.pen.runs(item.runs, textX, top, width, type.body, type.bodyGap);
      this.doc.y += 3;
      for (const child of item.children ?? []) this.list(child, indent + markerWidth + 6);
    });
    this.doc.y += 6;
  }

  private fieldRows(block: FieldsBlock): { row: FieldRow; label: string; height: number }[] {
    const valueWidth = contentWidth - fieldLabelWidth - 12;
    return block.rows.map((row) => {
      const label = toWinAnsi(row.label);
      const labelHeight = this.doc.font(fonts.bold).fontSize(type.label).heightOfString(label, { width: fieldLabelWidth, lineGap: 2 });
      return { row, label, height: Math.max(labelHeight, this.pen.measure(row.value, valueWidth, type.body, type.bodyGap)) };
    });
  }

  private fields(block: FieldsBlock): void {
    const valueX = left + fieldLabelWidth + 12;
    const valueWidth = contentWidth - fieldLabelWidth - 12;
    const rows = this.fieldRows(block);
    this.pen.gap(2);
    // A goal's fields read as one form: keep them on one page when they fit on half of one.
    const total = rows.reduce((sum, { height }) => sum + height + 9, 0);
    if (total < (bottom - page.margins.top) / 2) this.pen.ensureSpace(total);
    for (const { row, label, height } of rows) {
      // A value longer than a whole page starts where it is and flows on; anything else stays whole.
      this.pen.ensureSpace((height > bottom - page.margins.top ? type.body * 6 : height) + 8);
      const pageBefore = this.doc.page;
      const top = this.doc.y;
      this.doc.font(fonts.bold).fontSize(type.label).fillColor(colors.muted).text(label, left, top + 1, { width: fieldLabelWidth, lineGap: 2 });
      this.pen.runs(row.value, valueX, top, valueWidth, type.body, type.bodyGap);
      // A value longer than a page flowed onto the next one: carry on from where it ended.
      const end = this.doc.page === pageBefore ? top + height : this.doc.y;
      this.doc.moveTo(left, end + 4).lineTo(left + contentWidth, end + 4).lineWidth(0.5).strokeColor(colors.soft).stroke();
      this.doc.y = end + 9;
    }
    this.doc.y += 6;
  }
}
