import { chartGeometry, seriesStyle, type ChartGeometry, type ChartMarker } from './chartGeometry';
import type { ChartBlock } from './outline';
import type { PdfTags } from './pdf/pdfTags';
import { left, type PdfPen } from './pdfPen';
import { colors, contentWidth, type } from './pdfTheme';

/**
 * A line chart in vector graphics, tagged as a figure whose text alternative is its
 * description: the box with its scale and period at the edges, the target as a dashed line
 * named at its end, one line per setting with its own marker, and a legend.
 */

const boxHeight = 130;
// Room left of the box for the scale ("100%"), and the size of the words at the edges.
const scaleWidth = 30;
const edgeSize = 8;
const legendGap = 110;

export class PdfChart {
  constructor(
    private readonly pen: PdfPen,
    private readonly tags: PdfTags,
  ) {}

  private get doc(): PdfPen['doc'] {
    return this.pen.doc;
  }

  /** The whole chart's height: box, the period under it, the legend. */
  height(block: ChartBlock): number {
    return boxHeight + (block.axis ? edgeSize + 8 : 0) + type.label + 22;
  }

  draw(block: ChartBlock): void {
    this.pen.ensureSpace(this.height(block));
    const top = this.doc.y + 4;
    const x0 = left + scaleWidth;
    const width = contentWidth - scaleWidth - 10;
    const geometry = chartGeometry(block, width, boxHeight);
    this.tags.figure(block.description, () => {
      this.doc.rect(x0, top, width, boxHeight).lineWidth(0.6).strokeColor(colors.line).stroke();
      if (geometry.targetY !== null) {
        this.doc.moveTo(x0, top + geometry.targetY).lineTo(x0 + width, top + geometry.targetY).dash(4, { space: 3 }).strokeColor(colors.muted).stroke().undash();
      }
      geometry.lines.forEach((line, index) => {
        const { color, marker } = seriesStyle(line.series, index);
        line.points.forEach((point, position) => {
          if (position === 0) this.doc.moveTo(x0 + point.x, top + point.y);
          else this.doc.lineTo(x0 + point.x, top + point.y);
        });
        if (line.points.length > 1) this.doc.lineWidth(1.5).strokeColor(color).stroke();
        for (const point of line.points) this.marker(marker, x0 + point.x, top + point.y, color);
      });
      if (block.axis) this.edges(block.axis, x0, top, width, geometry.targetY);
    });
    this.doc.y = top + boxHeight + 6 + (block.axis ? edgeSize + 8 : 0);
    this.legend(geometry.lines, x0);
  }

  private edges(axis: NonNullable<ChartBlock['axis']>, x0: number, top: number, width: number, targetY: number | null): void {
    const edge = (text: string, x: number, y: number, align: 'left' | 'right', textWidth = scaleWidth - 4) =>
      this.pen.line(text, x, y, 'regular', edgeSize, { width: textWidth, align, lineBreak: false });
    this.doc.fillColor(colors.muted);
    edge(axis.high, left - 2, top - 1, 'right');
    edge(axis.low, left - 2, top + boxHeight - edgeSize, 'right');
    edge(axis.from, x0, top + boxHeight + 4, 'left', width / 2);
    edge(axis.to, x0 + width / 2, top + boxHeight + 4, 'right', width / 2);
    if (axis.target !== null && targetY !== null) {
      // Named above its line at the right end, or below it when the line runs along the top.
      const y = targetY > edgeSize + 4 ? top + targetY - edgeSize - 3 : top + targetY + 3;
      this.doc.fillColor(colors.muted);
      edge(axis.target, x0 + width / 2 - 4, y, 'right', width / 2);
    }
  }

  /** Each line's name in its colour after a piece of its line and its marker. */
  private legend(lines: ChartGeometry['lines'], x0: number): void {
    let x = x0;
    const y = this.doc.y;
    lines.forEach((line, index) => {
      const { color, marker } = seriesStyle(line.series, index);
      const middle = y + type.label / 2 + 1;
      this.tags.artifact(() => {
        this.doc.moveTo(x, middle).lineTo(x + 18, middle).lineWidth(1.5).strokeColor(color).stroke();
        this.marker(marker, x + 9, middle, color);
      });
      this.doc.fillColor(color);
      this.tags.element('P', () => this.pen.line(line.label, x + 24, y, 'bold', type.label, { lineBreak: false }));
      x += legendGap;
    });
    this.doc.y = y + type.label + 12;
  }

  private marker(shape: ChartMarker, x: number, y: number, color: string): void {
    const r = 2.6;
    if (shape === 'circle') this.doc.circle(x, y, r);
    else if (shape === 'square') this.doc.rect(x - r, y - r, r * 2, r * 2);
    else this.doc.polygon([x, y - r * 1.3], [x + r * 1.3, y + r], [x - r * 1.3, y + r]);
    this.doc.fill(color);
  }
}
