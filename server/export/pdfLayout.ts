import type { Block, FieldRow, FieldsBlock, HeadingBlock, ListBlock, NoticeBlock, ParagraphBlock } from './outline';
import type { PdfTags } from './pdf/pdfTags';
import { PdfChart } from './pdfChart';
import { bottom, left, PdfPen, type Doc } from './pdfPen';
import { PdfTable } from './pdfTable';
import type { RendererWords } from './rendererWords';
import { colors, contentWidth, page, type } from './pdfTheme';

/**
 * Draws outline blocks on a pdfkit document, top to bottom, starting new pages as needed, and
 * builds the tagged structure and the bookmarks (every section and every item heading) as it
 * goes.
 */

const fieldLabelWidth = 168;
const pageHeight = bottom - page.margins.top;
// A major section starts a new page only when less than this share of the page is left:
// an almost empty plan should not run to eight mostly blank pages.
const newPageBelow = 0.25;

/** The space above a heading below a section's (an item's or a part's title). */
function subHeadingGap(level: number): number {
  return level === 3 ? 14 : 8;
}

export class PdfLayout {
  readonly pen: PdfPen;
  private readonly tables: PdfTable;
  private readonly charts: PdfChart;
  private sectionBookmark: PDFKit.PDFOutline | null = null;
  /** The last item heading ("Goal 3"), repeated as "(continued)" when its fields run onto a new page. */
  private itemHeading: string | null = null;
  /** The section being drawn ("Goal 6: Fine motor"), named at the top of each page it runs onto. */
  private section: string | null = null;
  /**
   * Per page, the section it continues, for the running head (see decoratePages); null on a
   * page that opens with a section's own heading or comes before the first.
   */
  readonly runningHeads: (string | null)[] = [null];

  constructor(
    private readonly doc: Doc,
    private readonly tags: PdfTags,
    private readonly words: RendererWords,
  ) {
    this.pen = new PdfPen(doc);
    this.tables = new PdfTable(this.pen, tags);
    this.charts = new PdfChart(this.pen, tags);
    doc.on('pageAdded', () => this.runningHeads.push(this.section === null ? null : words.continued(this.section)));
  }

  /** Draws the blocks in order; headings stay on the page of what follows them. */
  render(blocks: readonly Block[]): void {
    blocks.forEach((block, index) => {
      if (block.kind === 'heading') this.heading(block, this.followingHeight(blocks, index + 1));
      else this.block(block);
    });
  }

  private headingHeight(block: HeadingBlock): number {
    return this.pen.heightOf(block.text, 'bold', type.headings[block.level], { width: contentWidth }) + 26;
  }

  /**
   * The room the content after a heading needs on the same page: any sub-headings and intro
   * lines, then the first piece of real content (a short form, a table's first row...).
   */
  private followingHeight(blocks: readonly Block[], start: number): number {
    let height = 0;
    for (let index = start; index < blocks.length; index += 1) {
      const next = blocks[index];
      if (!next) break;
      if (next.kind === 'heading') {
        if (next.level <= 2) break;
        // The sub-heading's own gap counts too: without it a section's heading fitted at the
        // foot of a page while its first sub-heading, a few points taller, went to the next.
        height += subHeadingGap(next.level) + this.headingHeight(next);
        continue;
      }
      if (next.kind === 'paragraph' && next.style === 'intro') {
        height += this.pen.measure(next.runs, contentWidth, type.body - 0.5, type.bodyGap) + 10;
        continue;
      }
      height += this.keepHeight(next);
      break;
    }
    return Math.min(height, pageHeight * 0.6);
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
      case 'fields': {
        // A short form stays whole on one page (see fields()), so its heading keeps all of it;
        // a long one keeps at least its first two rows with the heading.
        const rows = this.fieldRows(block);
        const total = rows.reduce((sum, { height }) => sum + height + 9, 0);
        if (total < pageHeight / 2) return total + 8;
        return rows.slice(0, 2).reduce((sum, row) => sum + Math.min(row.height, type.body * 6) + 9, 0);
      }
      case 'table':
        return this.tables.keepHeight(block);
      case 'chart':
        return this.charts.height(block);
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
        return this.tags.group('L', () => this.list(block, 0));
      case 'fields':
        return this.fields(block);
      case 'table':
        return this.tables.draw(block);
      case 'chart':
        return this.charts.draw(block);
    }
  }

  private headingText(block: HeadingBlock, color: string): void {
    const size = type.headings[block.level];
    this.doc.fillColor(color);
    this.tags.element(`H${block.level}`, () => this.pen.line(block.text, left, this.doc.y, 'bold', size, { width: contentWidth }));
    this.doc.y += 4;
  }

  private heading(block: HeadingBlock, following: number): void {
    if (block.level === 1) {
      this.headingText(block, colors.accent);
      return;
    }
    if (block.level === 2) {
      const room = bottom - this.doc.y;
      if (block.newPage && !this.pen.atTop() && room < pageHeight * newPageBelow) this.doc.addPage();
      else {
        this.pen.gap(16);
        this.pen.ensureSpace(this.headingHeight(block) + following);
      }
      // A page that opens with this heading needs no running head: the heading says it.
      if (this.pen.atTop()) this.runningHeads[this.runningHeads.length - 1] = null;
      this.section = block.text;
      this.tags.artifact(() => this.doc.rect(left, this.doc.y, contentWidth, 2).fill(colors.accent));
      this.doc.y += 10;
      this.sectionBookmark = this.doc.outline.addItem(block.text);
      this.itemHeading = null;
      this.headingText(block, colors.accent);
      return;
    }
    this.pen.gap(subHeadingGap(block.level));
    this.pen.ensureSpace(this.headingHeight(block) + following);
    if (block.level === 3) {
      (this.sectionBookmark ?? this.doc.outline).addItem(block.text);
      this.itemHeading = block.text;
    }
    this.headingText(block, colors.ink);
  }

  private paragraph(block: ParagraphBlock): void {
    const intro = block.style === 'intro';
    const size = intro ? type.body - 0.5 : type.body;
    this.pen.ensureSpace(size * 2.5);
    this.tags.element('P', () => this.pen.runs(block.runs, left, this.doc.y, contentWidth, size, type.bodyGap, intro ? colors.muted : colors.ink));
    this.doc.y += intro ? 10 : 7;
  }

  private notice(block: NoticeBlock): void {
    const inner = contentWidth - 28;
    const height = this.pen.measure(block.runs, inner, type.body, type.bodyGap) + 20;
    this.pen.gap(4);
    this.pen.ensureSpace(height);
    const top = this.doc.y;
    this.tags.artifact(() => {
      this.doc.rect(left, top, contentWidth, height).fill(colors.alertSoft);
      this.doc.rect(left, top, 5, height).fill(colors.alert);
    });
    this.tags.element('Note', () => this.pen.runs(block.runs, left + 18, top + 10, inner, type.body, type.bodyGap));
    this.doc.y = Math.max(top + height, this.doc.y) + 14;
  }

  private list(block: ListBlock, indent: number): void {
    const markerWidth = block.ordered ? 20 : 12;
    const textX = left + indent + markerWidth + 6;
    const width = contentWidth - (textX - left);
    block.items.forEach((item, index) => {
      this.pen.ensureSpace(type.body * 2.2);
      const top = this.doc.y;
      const marker = block.ordered ? `${index + 1}.` : '•';
      this.tags.group('LI', () => {
        this.tags.element('Lbl', () => {
          this.doc.fillColor(colors.ink);
          this.pen.line(marker, left + indent, top, 'regular', type.body, { width: markerWidth, align: block.ordered ? 'right' : 'left', lineBreak: false });
        });
        this.doc.y = top;
        this.tags.element('LBody', () => this.pen.runs(item.runs, textX, top, width, type.body, type.bodyGap));
        this.doc.y += 3;
        for (const child of item.children ?? []) this.tags.group('L', () => this.list(child, indent + markerWidth + 6));
      });
    });
    this.doc.y += 6;
  }

  private fieldRows(block: FieldsBlock): { row: FieldRow; height: number }[] {
    const valueWidth = contentWidth - fieldLabelWidth - 12;
    return block.rows.map((row) => {
      const labelHeight = this.pen.heightOf(row.label, 'bold', type.label, { width: fieldLabelWidth, lineGap: 2 });
      return { row, height: Math.max(labelHeight, this.pen.measure(row.value, valueWidth, type.body, type.bodyGap)) };
    });
  }

  /** On a new page in the middle of an item's form: say whose form continues. */
  private continuedLine(): void {
    if (!this.itemHeading) return;
    this.doc.fillColor(colors.muted);
    const heading = this.words.continued(this.itemHeading);
    this.tags.element('P', () => this.pen.line(heading, left, this.doc.y, 'bold', type.label, { width: contentWidth }));
    this.doc.y += 6;
  }

  private fields(block: FieldsBlock): void {
    const valueX = left + fieldLabelWidth + 12;
    const valueWidth = contentWidth - fieldLabelWidth - 12;
    const rows = this.fieldRows(block);
    this.pen.gap(2);
    // A goal's fields read as one form: keep them on one page when they fit on half of one.
    const total = rows.reduce((sum, { height }) => sum + height + 9, 0);
    if (total < pageHeight / 2) this.pen.ensureSpace(total);
    this.tags.group('Table', () => {
      rows.forEach(({ row, height }, index) => {
        // A value longer than a whole page starts where it is and flows on; anything else stays whole.
        const pageBefore = this.doc.page;
        this.pen.ensureSpace((height > pageHeight ? type.body * 6 : height) + 8);
        if (index > 0 && this.doc.page !== pageBefore) this.continuedLine();
        const startPage = this.doc.page;
        const top = this.doc.y;
        this.tags.group('TR', () => {
          this.tags.element('TH', () => {
            this.doc.fillColor(colors.muted);
            this.pen.line(row.label, left, top + 1, 'bold', type.label, { width: fieldLabelWidth, lineGap: 2 });
          });
          this.tags.element('TD', () => this.pen.runs(row.value, valueX, top, valueWidth, type.body, type.bodyGap));
        });
        // A value longer than a page flowed onto the next one: carry on from where it ended.
        const end = this.doc.page === startPage ? Math.max(top + height, this.doc.y) : this.doc.y;
        this.tags.artifact(() => this.doc.moveTo(left, end + 4).lineTo(left + contentWidth, end + 4).lineWidth(0.5).strokeColor(colors.soft).stroke());
        this.doc.y = end + 9;
      });
    });
    this.doc.y += 6;
  }
}
