import { settingColors, settingShapes, type SettingShapeName } from '../../shared/settingStyle';
import type { ChartBlock, ChartSeries } from './outline';

/**
 * Where a chart's points fall in a box, shared by the PDF (vector) and the web page (SVG), so
 * both draw the same picture: time across, the measure up, the target as a dashed line.
 */
export interface ChartGeometry {
  readonly lines: readonly { readonly label: string; readonly series: ChartSeries; readonly points: readonly { readonly x: number; readonly y: number }[] }[];
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
      series,
      points: [...series.points].sort((a, b) => a.date.localeCompare(b.date)).map((point) => ({ x: x(point.date), y: y(point.value) })),
    })),
    targetY: chart.target === null ? null : y(chart.target),
  };
}

/** Series that are not a setting's, in order: a colour and a shape each. */
const otherColors = ['#1d4e89', '#027a48', '#b54708'] as const;
const otherShapes: readonly SettingShapeName[] = ['circle', 'triangle', 'square'];

export type ChartMarker = SettingShapeName;

/**
 * How a series is drawn: a setting's colour and shape as the app draws them, so the report a
 * parent holds matches the chart they saw; other series by their place. The legend shows
 * each beside its name, so colour is never the only cue.
 */
export function seriesStyle(series: ChartSeries, index: number): { readonly color: string; readonly marker: ChartMarker } {
  if (series.setting) return { color: settingColors[series.setting], marker: settingShapes[series.setting] };
  return { color: otherColors[index % otherColors.length]!, marker: otherShapes[index % otherShapes.length]! };
}
