import type { GoalProgressSummary } from './progressTrend';

/**
 * What the progress report of record says about each goal: one of a small set of codes the
 * team chooses, with a suggestion computed from the data so the choice starts from the numbers.
 */
export const progressCodes = ['sufficient', 'some', 'none', 'met', 'not_introduced'] as const;
export type ProgressCode = (typeof progressCodes)[number];

export const progressCodeLabels: Record<ProgressCode, string> = {
  sufficient: 'Making sufficient progress to meet the goal by the annual review',
  some: 'Making some progress',
  none: 'Not making progress',
  met: 'Goal met',
  not_introduced: 'Not yet introduced',
};

export function isProgressCode(value: unknown): value is ProgressCode {
  return typeof value === 'string' && (progressCodes as readonly string[]).includes(value);
}

/** The code the data suggests: met, then direction across settings; no data, not introduced. */
export function suggestProgressCode(summary: GoalProgressSummary): ProgressCode {
  if (summary.count === 0) return 'not_introduced';
  if (summary.targetMet) return 'met';
  const directions = summary.bySetting.map((trend) => trend.direction).filter((direction) => direction !== 'not_enough_data');
  if (directions.length === 0) return 'some';
  if (directions.every((direction) => direction === 'improving')) return 'sufficient';
  if (directions.includes('improving')) return 'some';
  return 'none';
}
