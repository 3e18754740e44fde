import type { Setting } from './roles';
import type { DataPointView, GoalMeasure } from './schema/progress';

/**
 * The numbers behind the progress chart, the dashboard and the periodic report: per setting, a
 * least-squares trend line over time, and a direction judged against the goal's own span, so
 * "improving" means the same for a percentage and for minutes.
 */
export type TrendDirection = 'improving' | 'flat' | 'declining' | 'not_enough_data';

export interface TrendLine {
  /** Change in the measure per week (positive = rising, whatever is better). */
  readonly perWeek: number;
  /** Value of the line at the first point's day. */
  readonly start: number;
  readonly startDate: string;
  readonly endDate: string;
  readonly end: number;
}

export interface SettingTrend {
  readonly setting: Setting;
  readonly count: number;
  readonly latest: { readonly date: string; readonly value: number } | null;
  readonly line: TrendLine | null;
  readonly direction: TrendDirection;
}

export interface GoalProgressSummary {
  readonly count: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly mean: number | null;
  readonly min: number | null;
  readonly max: number | null;
  readonly latest: { readonly date: string; readonly value: number; readonly setting: Setting } | null;
  readonly overall: SettingTrend | null;
  readonly bySetting: readonly SettingTrend[];
  /** Improving in at least one setting while flat or declining in another: worth a talk. */
  readonly mixed: boolean;
  readonly targetMet: boolean;
}

export const minPointsForTrend = 3;
const dayMs = 86_400_000;
const settings: readonly Setting[] = ['school', 'clinic', 'home'];

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / dayMs;
const dateOf = (day: number): string => new Date(Math.round(day) * dayMs).toISOString().slice(0, 10);

export function trendLine(points: readonly DataPointView[]): TrendLine | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => dayNumber(p.date));
  const ys = points.map((p) => p.value);
  const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - meanX) ** 2;
    sxy += (x - meanX) * (ys[i]! - meanY);
  });
  // All on one day: no slope to speak of.
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const first = Math.min(...xs);
  const last = Math.max(...xs);
  const at = (x: number) => meanY + slope * (x - meanX);
  return { perWeek: slope * 7, start: at(first), startDate: dateOf(first), endDate: dateOf(last), end: at(last) };
}

/** The span a meaningful change is measured against: baseline-to-target, else the scale. */
function span(measure: GoalMeasure): number {
  if (measure.baseline !== null && measure.target !== null && measure.baseline !== measure.target) {
    return Math.abs(measure.target - measure.baseline);
  }
  switch (measure.kind) {
    case 'percent':
      return 100;
    case 'rating':
      return measure.ratingMax - 1;
    case 'yes_no':
      return 1;
    default:
      return 10;
  }
}

/**
 * A trend counts as a change when, kept up for four weeks, it would cover a tenth of the
 * goal's span; smaller slopes are within the noise of a few observations.
 */
export function direction(points: readonly DataPointView[], measure: GoalMeasure): TrendDirection {
  if (points.length < minPointsForTrend) return 'not_enough_data';
  const line = trendLine(points);
  // Several observations on one day say nothing about a direction over time.
  if (!line) return 'not_enough_data';
  const better = (measure.higherIsBetter ? 1 : -1) * line.perWeek * 4;
  const threshold = span(measure) * 0.1;
  if (better >= threshold) return 'improving';
  if (better <= -threshold) return 'declining';
  return 'flat';
}

function settingTrend(setting: Setting, points: readonly DataPointView[], measure: GoalMeasure): SettingTrend {
  const last = points[points.length - 1];
  return {
    setting,
    count: points.length,
    latest: last ? { date: last.date, value: last.value } : null,
    line: trendLine(points),
    direction: direction(points, measure),
  };
}

/** Summary of one goal's points within [from, to] (inclusive days; either may be omitted). */
export function summarizeProgress(all: readonly DataPointView[], measure: GoalMeasure, period: { from?: string; to?: string } = {}): GoalProgressSummary {
  const points = all.filter((p) => (!period.from || p.date >= period.from) && (!period.to || p.date <= period.to));
  const values = points.map((p) => p.value);
  const bySetting = settings.map((setting) => settingTrend(setting, points.filter((p) => p.setting === setting), measure)).filter((t) => t.count > 0);
  const judged = bySetting.filter((t) => t.direction !== 'not_enough_data');
  const latest = points[points.length - 1];
  const targetMet =
    latest !== undefined && measure.target !== null && (measure.higherIsBetter ? latest.value >= measure.target : latest.value <= measure.target);
  return {
    count: points.length,
    first: points[0]?.date ?? null,
    last: latest?.date ?? null,
    mean: values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : null,
    min: values.length > 0 ? Math.min(...values) : null,
    max: values.length > 0 ? Math.max(...values) : null,
    latest: latest ? { date: latest.date, value: latest.value, setting: latest.setting } : null,
    overall: points.length > 0 ? { ...settingTrend(latest!.setting, points, measure), setting: latest!.setting } : null,
    bySetting,
    mixed: judged.some((t) => t.direction === 'improving') && judged.some((t) => t.direction !== 'improving'),
    targetMet,
  };
}
