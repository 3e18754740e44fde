import { weekdayCodes, weekdayIndex } from './scheduleTime';

/**
 * "Every month" as a family and a team mean it: the same weekday in the same week of the
 * month as the first date ("the first Thursday"), not the same day number, which drifts
 * through the week and lands a Thursday check-in on a Sunday the next month.
 */

/**
 * The month's weekday of `date` as an RFC 5545 BYDAY value: `1TH` for the first Thursday
 * through `4TH`, and `-1TH` (the last) for a 29th, 30th or 31st, since not every month has a
 * fifth Thursday and the last one is what such a date means.
 */
export function monthlyWeekday(date: string): string {
  const dayOfMonth = Number(date.slice(8, 10));
  const week = Math.ceil(dayOfMonth / 7);
  return `${week > 4 ? -1 : week}${weekdayCodes[weekdayIndex(date)]}`;
}

/** The RRULE for "every month" from a first date (`YYYY-MM-DD`). */
export function monthlyRuleFor(date: string): string {
  return `FREQ=MONTHLY;BYDAY=${monthlyWeekday(date)}`;
}

/** True for a rule that repeats on a weekday of the month (`BYDAY=1TH`, `BYDAY=-1FR`). */
export function isMonthlyWeekdayRule(rule: string): boolean {
  return /(?:^|;)FREQ=MONTHLY(?:;|$)/i.test(rule) && /(?:^|;)BYDAY=[+-]?\d{1,2}[A-Z]{2}(?:;|$)/i.test(rule);
}
