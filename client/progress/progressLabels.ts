import type { Role, Setting } from '../../shared/roles';
import type { GoalMeasure } from '../../shared/schema';
import type { TrendDirection } from '../../shared/progressTrend';
import { formatDay, shownTimeZone } from '../i18n/dates';
import { todayIn } from '../../shared/iepDates';
import { i18n } from '../i18n/i18n';
import { translatedRecord } from '../i18n/translatedRecord';
import { roleLabel } from '../plan/common/labels';

/**
 * Words for the progress screens. Kept here rather than shared with the plan view so the
 * progress screens can be read (and reworded) on their own.
 */
export const settingOrder: readonly Setting[] = ['school', 'clinic', 'home'];

export const settingNames = translatedRecord<Setting>({ school: 'places.school', clinic: 'places.clinic', home: 'places.home' });

/** For sentences: "improving at the clinic but not at school". */
export const settingPlaces = translatedRecord<Setting>({ school: 'progress.atSchool', clinic: 'places.atClinic', home: 'places.atHome' });

export const directionWords = translatedRecord<TrendDirection>({
  improving: 'progress.improving',
  flat: 'progress.flat',
  declining: 'progress.declining',
  not_enough_data: 'progress.notEnoughData',
});

export function roleName(role: Role): string {
  return roleLabel(role);
}

/** "A, B and C" (or, after a "not", "A, B or C"). */
export function joinWords(words: readonly string[], last: 'and' | 'or' = 'and'): string {
  if (words.length <= 1) return words[0] ?? '';
  return i18n.t(last === 'and' ? 'common.andList' : 'planEdit.orList', { list: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' });
}

function plainNumber(value: number): string {
  // One decimal at most: data points are observations, not measurements to the hundredth.
  return Number.isInteger(value) ? String(value) : value.toFixed(1).replace(/\.0$/, '');
}

/** A value in the goal's own words: "70%", "3 of 5", "12 min", "Yes". */
export function formatValue(measure: GoalMeasure, value: number): string {
  switch (measure.kind) {
    case 'percent':
      return i18n.t('progress.percentValue', { value: plainNumber(value) });
    case 'rating':
      return i18n.t('progress.ratingValue', { value: plainNumber(value), max: measure.ratingMax });
    case 'minutes':
      return i18n.t('progress.minutesValue', { value: plainNumber(value) });
    case 'yes_no':
      return value >= 0.5 ? i18n.t('progress.yes') : i18n.t('progress.no');
    case 'count':
      return plainNumber(value);
  }
}

/** What the vertical axis measures, for its title and the chart's summary. */
export function axisTitle(measure: GoalMeasure): string {
  switch (measure.kind) {
    case 'percent':
      return i18n.t('progress.percentAxis');
    case 'rating':
      return i18n.t('progress.ratingAxis', { max: measure.ratingMax });
    case 'minutes':
      return i18n.t('progress.minutesAxis');
    case 'yes_no':
      return i18n.t('progress.yesNoAxis');
    case 'count':
      return i18n.t('progress.countAxis');
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
  if (date === today) return i18n.t('progress.today');
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (date === todayIso(yesterday)) return i18n.t('progress.yesterday');
  return i18n.t('progress.onDay', { date: formatDay(date) });
}
