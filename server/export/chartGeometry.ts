import type { ChartBlock } from './outline';

/**
 * Where a chart's points fall in a box, shared by the PDF (vector) and the web page (SVG), so
 * both draw the same picture: time across, the measure up, the target as a dashed line.
 */
export interface ChartGeometry {
  readonly lines: readonly { readonly label: string; readonly points: readonly { readonly x: number; readonly y: number }[] }[];
  readonly targetY: number | null;
}

const dayMs = 86_400_000;
const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs;

export function chartGeometry(chart: ChartBlock, width: number, height: number): ChartGeometry {
  const start = day(chart.from);
  const span = Math.max(day(chart.to) - start, 1);
  const range = chart.max - chart.min || 1;
  const x = (date: string) => ((day(date) - start) / span) * width;
  const y = (value: number) => height - ((value - chart.min) / range) * height;
  return {
    lines: chart.series.map((series) => ({
      label: series.label,
      points: [...series.points].sort((a, b) => a.date.localeCompare(b.date)).map((point) => ({ x: x(point.date), y: y(point.value) })),
    })),
    targetY: chart.target === null ? null : y(chart.target),
  };
}

/** One colour per series, in order; the legend names them, so colour is never the only cue. */
export const chartColors = ['#1d4e89', '#b54708', '#027a48'] as const;

/**
 * One marker shape per series, in order, drawn on its points and beside its name in the legend:
 * a reader who cannot tell the colours apart (or prints in grey) still tells the lines apart.
 */
export const chartMarkers = ['circle', 'square', 'diamond'] as const;
export type ChartMarker = (typeof chartMarkers)[number];

export function seriesStyle(index: number): { readonly color: string; readonly marker: ChartMarker } {
  return { color: chartColors[index % chartColors.length]!, marker: chartMarkers[index % chartMarkers.length]! };
}
