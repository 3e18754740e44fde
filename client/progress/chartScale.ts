import type { DataPointView, GoalMeasure } from '../../shared/schema';
import { dayValue } from './progressLabels';

/** The vertical range and its gridlines, in the measure's own units. */
export interface ValueScale {
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly number[];
}

export interface DayScale {
  /** Milliseconds, UTC midnight. */
  readonly min: number;
  readonly max: number;
  readonly ticks: readonly string[];
}

const dayMs = 86_400_000;

/** Up to about five round gridlines from 0 to at least `top`. */
function roundTicks(top: number): number[] {
  const rough = Math.max(top, 1) / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough) ?? rough;
  const ticks: number[] = [];
  for (let tick = 0; tick < top + step * 0.999; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return ticks;
}

/**
 * Fixed scales for bounded measures (a percentage always 0–100, a rating 1–max) so charts of
 * different goals compare at a glance; open measures grow to fit the points, baseline and target.
 */
export function valueScale(measure: GoalMeasure, points: readonly DataPointView[]): ValueScale {
  switch (measure.kind) {
    case 'percent':
      return { min: 0, max: 100, ticks: [0, 25, 50, 75, 100] };
    case 'yes_no':
      return { min: 0, max: 1, ticks: [0, 1] };
    case 'rating': {
      const step = measure.ratingMax > 10 ? Math.ceil(measure.ratingMax / 5) : 1;
      const ticks: number[] = [];
      for (let tick = 1; tick <= measure.ratingMax; tick += step) ticks.push(tick);
      if (ticks.at(-1) !== measure.ratingMax) ticks.push(measure.ratingMax);
      return { min: 1, max: measure.ratingMax, ticks };
    }
    case 'count':
    case 'minutes': {
      const values = points.map((point) => point.value);
      if (measure.baseline !== null) values.push(measure.baseline);
      if (measure.target !== null) values.push(measure.target);
      const ticks = roundTicks(Math.max(measure.kind === 'count' ? 5 : 10, ...values));
      return { min: 0, max: ticks.at(-1) ?? 10, ticks };
    }
  }
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * From the first to the last point, with a little room either side so edge points are not cut
 * in half; date labels are spread to fit the width, always including the first and last day.
 */
export function dayScale(points: readonly DataPointView[], plotWidth: number, today: string): DayScale {
  const days = points.map((point) => dayValue(point.date));
  let first = days.length > 0 ? Math.min(...days) : dayValue(today);
  let last = days.length > 0 ? Math.max(...days) : dayValue(today);
  if (last - first < 6 * dayMs) {
    const middle = Math.round((first + last) / 2 / dayMs) * dayMs;
    first = middle - 3 * dayMs;
    last = middle + 3 * dayMs;
  }
  const pad = Math.max(dayMs, (last - first) * 0.05);
  const labelCount = Math.max(2, Math.min(8, Math.floor(plotWidth / 80)));
  const spanDays = Math.round((last - first) / dayMs);
  const ticks = new Set<string>();
  for (let i = 0; i < labelCount; i += 1) {
    ticks.add(isoDay(first + Math.round((spanDays * i) / (labelCount - 1)) * dayMs));
  }
  return { min: first - pad, max: last + pad, ticks: [...ticks] };
}
