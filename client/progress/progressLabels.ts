import type { Role, Setting } from '../../shared/roles';
import { roleDefinitions } from '../../shared/roles';
import type { GoalMeasure } from '../../shared/schema';
import type { TrendDirection } from '../../shared/progressTrend';
import { formatDay, shownTimeZone } from '../i18n/dates';
import { todayIn } from '../../shared/iepDates';

/**
 * Words for the progress screens. Kept here rather than shared with the plan view so the
 * progress screens can be read (and reworded) on their own.
 */
export const settingOrder: readonly Setting[] = ['school', 'clinic', 'home'];

export const settingNames: Record<Setting, string> = {
  school: 'School',
  clinic: 'Clinic',
  home: 'Home',
};

/** For sentences: "improving at the clinic but not at school". */
export const settingPlaces: Record<Setting, string> = {
  school: 'at school',
  clinic: 'at the clinic',
  home: 'at home',
};

export const directionWords: Record<TrendDirection, string> = {
  improving: 'improving',
  flat: 'flat',
  declining: 'declining',
  not_enough_data: 'not enough data yet',
};

export function roleName(role: Role): string {
  return roleDefinitions[role].label;
}

/** "A, B and C" (or "A, B or C"). */
export function joinWords(words: readonly string[], last = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1) ?? ''}`;
}

function plainNumber(value: number): string {
  // One decimal at most: data points are observations, not measurements to the hundredth.
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** A value in the goal's own words: "70%", "3 of 5", "12 min", "Yes". */
export function formatValue(measure: GoalMeasure, value: number): string {
  switch (measure.kind) {
    case 'percent':
      return `${plainNumber(value)}%`;
    case 'rating':
      return `${plainNumber(value)} of ${measure.ratingMax}`;
    case 'minutes':
      return `${plainNumber(value)} min`;
    case 'yes_no':
      return value >= 0.5 ? 'Yes' : 'No';
    case 'count':
      return plainNumber(value);
  }
}

/** What the vertical axis measures, for its title and the chart's summary. */
export function axisTitle(measure: GoalMeasure): string {
  switch (measure.kind) {
    case 'percent':
      return 'Percent of trials';
    case 'rating':
      return `Rating, 1 to ${measure.ratingMax}`;
    case 'minutes':
      return 'Minutes';
    case 'yes_no':
      return 'Yes or no';
    case 'count':
      return 'Count';
  }
}

// Stored days are calendar days (YYYY-MM-DD), shown as written whatever the viewer's zone.
export function dayValue(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function formatShortDay(date: string): string {
  return formatDay(date, 'short');
}

export { formatDay };

/** Today on the workspace's calendar, as YYYY-MM-DD: the day the team means by "today". */
export function todayIso(now = new Date()): string {
  return todayIn(shownTimeZone(), now);
}

/** "today", "yesterday" or "on 4 Mar 2025": how the saved confirmation names the day. */
export function relativeDay(date: string, now = new Date()): string {
  const today = todayIso(now);
  if (date === today) return 'today';
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (date === todayIso(yesterday)) return 'yesterday';
  return `on ${formatDay(date)}`;
}
