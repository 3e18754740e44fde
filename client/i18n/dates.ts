import { useEffect } from 'react';
import { formatAgoIn, formatClockIn, formatDayIn, formatMomentIn, formatTimeIn, formatWeekdayIn, type DayStyle, type WeekdayStyle } from '../../shared/i18n/dates';
import { todayIn } from '../../shared/iepDates';
import { localTimeZone } from '../../shared/timeZone';
import { currentLanguage } from './i18n';

/**
 * The client's one way to show dates and times: in the reader's language and on the clock of
 * the workspace being looked at, so a parent and a therapist in different zones read the same
 * day and hour. Outside a workspace (the list of students, settings) the browser's zone.
 */

let workspaceZone: string | null = null;

/**
 * Called by the pages that show a workspace, during render, so every date their children
 * format below them already reads on its clock.
 */
export function useWorkspaceTimeZone(timeZone: string | undefined): void {
  if (timeZone) workspaceZone = timeZone;
  useEffect(
    () => () => {
      if (workspaceZone === timeZone) workspaceZone = null;
    },
    [timeZone],
  );
}

/** The zone dates are shown in just now. */
export function shownTimeZone(): string {
  return workspaceZone ?? localTimeZone();
}

/** "Mar 4, 2026" / "4 mar 2026": a calendar day as written, an instant as its day in the workspace. */
export function formatDay(value: string, style: DayStyle = 'medium'): string {
  return formatDayIn(currentLanguage(), shownTimeZone(), value, style);
}

/** "Mar 4, 2026, 6:30 PM CST": an instant on the workspace's clock (or a version's own zone). */
export function formatMoment(value: string, timeZone: string = shownTimeZone(), style: 'medium' | 'full' = 'medium'): string {
  return formatMomentIn(currentLanguage(), timeZone, value, style);
}

/** "6:30 PM" on the workspace's clock. */
export function formatTime(value: string): string {
  return formatTimeIn(currentLanguage(), shownTimeZone(), value);
}

/** "5 minutes ago" / "hace 5 minutos"; older ones as a day. */
export function formatAgo(value: string, now?: Date): string {
  return formatAgoIn(currentLanguage(), shownTimeZone(), value, now);
}

/** Today on the workspace's calendar, YYYY-MM-DD. */
export function todayShown(): string {
  return todayIn(shownTimeZone());
}

/** "Tue, Mar 10": a day of the child's week. `long`: the weekday alone, "Tuesday"; `full`: "Tuesday, March 10". */
export function formatWeekday(date: string, style: WeekdayStyle = 'short'): string {
  return formatWeekdayIn(currentLanguage(), date, style);
}

/** "3:00 PM" from minutes after midnight, for schedule times (already on the workspace's clock). */
export function formatClock(minute: number): string {
  return formatClockIn(currentLanguage(), minute);
}
