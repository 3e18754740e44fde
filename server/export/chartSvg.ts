import { chartGeometry, seriesStyle, type ChartMarker } from './chartGeometry';
import { escapeMarkup } from './markup';
import type { ChartBlock } from './outline';

// The box, and room around it: the scale on the left, the period and the legend below.
const boxWidth = 500;
const boxHeight = 130;
const left = 44;
const top = 8;
const below = 16;
const legendHeight = 22;
const width = left + boxWidth + 16;

function marker(shape: ChartMarker, x: number, y: number, color: string): string {
  const at = (value: number) => value.toFixed(1);
  if (shape === 'circle') return `<circle cx="${at(x)}" cy="${at(y)}" r="3" fill="${color}"/>`;
  if (shape === 'square') return `<rect x="${at(x - 3)}" y="${at(y - 3)}" width="6" height="6" fill="${color}"/>`;
  return `<polygon points="${at(x)},${at(y - 4)} ${at(x + 4)},${at(y + 3)} ${at(x - 4)},${at(y + 3)}" fill="${color}"/>`;
}

function text(content: string, x: number, y: number, anchor: 'start' | 'end', color = '#535c68', extra = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="11" text-anchor="${anchor}" fill="${color}"${extra}>${escapeMarkup(content)}</text>`;
}

/** A chart as inline SVG (no script, no external reference), described for screen readers. */
export function chartSvg(chart: ChartBlock): string {
  const geometry = chartGeometry(chart, boxWidth, boxHeight);
  const axis = chart.axis;
  const bottom = top + boxHeight + (axis ? below : 0);
  const height = bottom + legendHeight;
  const lines = geometry.lines
    .map((line, index) => {
      const { color, marker: shape } = seriesStyle(line.series, index);
      const path = line.points.map((point) => `${(point.x + left).toFixed(1)},${(point.y + top).toFixed(1)}`).join(' ');
      const dots = line.points.map((point) => marker(shape, point.x + left, point.y + top, color)).join('');
      return `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>${dots}`;
    })
    .join('');
  const targetY = geometry.targetY === null ? null : geometry.targetY + top;
  const target = targetY === null ? '' : `<line x1="${left}" x2="${left + boxWidth}" y1="${targetY.toFixed(1)}" y2="${targetY.toFixed(1)}" stroke="#535c68" stroke-dasharray="4 3"/>`;
  const edges = axis
    ? text(axis.high, left - 6, top + 9, 'end') +
      text(axis.low, left - 6, top + boxHeight, 'end') +
      text(axis.from, left, top + boxHeight + 13, 'start') +
      text(axis.to, left + boxWidth, top + boxHeight + 13, 'end') +
      (axis.target !== null && targetY !== null ? text(axis.target, left + boxWidth - 4, targetY > top + 14 ? targetY - 4 : targetY + 12, 'end') : '')
    : '';
  // Each line's name after a piece of its line and its marker, so colour is never the only cue.
  const legend = geometry.lines
    .map((line, index) => {
      const { color, marker: shape } = seriesStyle(line.series, index);
      const x = left + index * 120;
      const y = bottom + 14;
      return `<line x1="${x}" x2="${x + 20}" y1="${y - 4}" y2="${y - 4}" stroke="${color}" stroke-width="2"/>${marker(shape, x + 10, y - 4, color)}${text(line.label, x + 26, y, 'start', color, ' font-weight="700"')}`;
    })
    .join('');
  const description = escapeMarkup(chart.description);
  return (
    `<figure class="chart"><svg role="img" aria-label="${description}" viewBox="0 0 ${width} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${description}</title><rect x="${left}" y="${top}" width="${boxWidth}" height="${boxHeight}" fill="none" stroke="#c5cdd8"/>` +
    `${target}${lines}${edges}${legend}</svg><figcaption>${description}</figcaption></figure>`
  );
}
