import { chartColors, chartGeometry } from './chartGeometry';
import { escapeMarkup } from './markup';
import type { ChartBlock } from './outline';

const width = 560;
const height = 160;
const pad = 30;

/** A chart as inline SVG (no script, no external reference), described for screen readers. */
export function chartSvg(chart: ChartBlock): string {
  const geometry = chartGeometry(chart, width - pad * 2, height - pad);
  const shift = (x: number, y: number) => `${(x + pad).toFixed(1)},${(y + 8).toFixed(1)}`;
  const lines = geometry.lines
    .map((line, index) => {
      const color = chartColors[index % chartColors.length];
      const path = line.points.map((point) => shift(point.x, point.y)).join(' ');
      const dots = line.points.map((point) => `<circle cx="${(point.x + pad).toFixed(1)}" cy="${(point.y + 8).toFixed(1)}" r="3" fill="${color}"/>`).join('');
      return `<polyline points="${path}" fill="none" stroke="${color}" stroke-width="2"/>${dots}`;
    })
    .join('');
  const target =
    geometry.targetY === null
      ? ''
      : `<line x1="${pad}" x2="${width - pad}" y1="${(geometry.targetY + 8).toFixed(1)}" y2="${(geometry.targetY + 8).toFixed(1)}" stroke="#535c68" stroke-dasharray="4 3"/>`;
  const legend = geometry.lines
    .map((line, index) => `<text x="${pad + index * 110}" y="${height + 4}" font-size="11" fill="${chartColors[index % chartColors.length]}">${escapeMarkup(line.label)}</text>`)
    .join('');
  const description = escapeMarkup(chart.description);
  return (
    `<figure class="chart"><svg role="img" aria-label="${description}" viewBox="0 0 ${width} ${height + 10}" width="100%" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${description}</title><rect x="${pad}" y="8" width="${width - pad * 2}" height="${height - pad}" fill="none" stroke="#c5cdd8"/>` +
    `${target}${lines}${legend}</svg><figcaption>${description}</figcaption></figure>`
  );
}
