import { defaultTimeZone, isTimeZone } from '../timeZone';
import { languageInfo, type Language } from './languages';

/**
 * Calendar days, moments and "5 minutes ago" in a reader's language, through Intl. A calendar
 * day ("2026-03-04", a plan date) is the same day everywhere and is never shifted by a zone; a
 * moment (an ISO instant) reads on the workspace's clock, with the zone's abbreviation.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(languageInfo[language].locale, options);
    formats.set(key, found);
  }
  return found;
}

const zoneOrDefault = (timeZone: string) => (isTimeZone(timeZone) ? timeZone : defaultTimeZone);
const calendarDay = /^(\d{4})-(\d{2})-(\d{2})$/;

export type DayStyle = 'medium' | 'long' | 'short';

const dayOptions: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
  // "Mar 4" / "4 mar": chart axes and tight lists.
  short: { month: 'short', day: 'numeric' },
};

/**
 * A day: "Mar 4, 2026" / "4 mar 2026". A calendar day is shown as written; an instant as the
 * day it was in `timeZone`. Text that is neither comes back unchanged.
 */
export function formatDayIn(language: Language, timeZone: string, value: string, style: DayStyle = 'medium'): string {
  const plain = calendarDay.exec(value);
  const date = plain ? new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3]))) : new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return value;
  return format(language, { ...dayOptions[style], timeZone: plain ? 'UTC' : zoneOrDefault(timeZone) }).format(date);
}

/** The zone's abbreviation at that moment: "CST", "CDT", "GMT+1". */
export function zoneAbbreviation(language: Language, timeZone: string, date: Date): string {
  const zone = zoneOrDefault(timeZone);
  return format(language, { timeZone: zone, timeZoneName: 'short' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value ?? zone;
}

/** "Mar 4, 2026, 6:30 PM CST" / "4 mar 2026, 6:30 p.m. CST": everyone on the team reads the same day and hour. */
export function formatMomentIn(language: Language, timeZone: string, value: string, style: 'medium' | 'full' = 'medium'): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return value;
  const zone = zoneOrDefault(timeZone);
  return `${format(language, { dateStyle: style, timeStyle: 'short', timeZone: zone }).format(date)} ${zoneAbbreviation(language, zone, date)}`;
}

/** "6:30 PM" / "6:30 p.m." on the zone's clock. */
export function formatTimeIn(language: Language, timeZone: string, value: string): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return value;
  return format(language, { timeStyle: 'short', timeZone: zoneOrDefault(timeZone) }).format(date);
}

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/**
 * How long ago, as people say it ("5 minutes ago", "hace 5 minutos", "yesterday"), for the last
 * week; older moments as their day on the workspace's calendar.
 */
export function formatAgoIn(language: Language, timeZone: string, value: string, now: Date = new Date()): string {
  const date = new Date(value);
  if (value === '' || Number.isNaN(date.getTime())) return value;
  const ago = Math.max(0, now.getTime() - date.getTime());
  const relative = new Intl.RelativeTimeFormat(languageInfo[language].locale, { numeric: 'auto' });
  if (ago < minute) return relative.format(0, 'second');
  if (ago < hour) return relative.format(-Math.round(ago / minute), 'minute');
  if (ago < day) return relative.format(-Math.round(ago / hour), 'hour');
  if (ago < 7 * day) return relative.format(-Math.round(ago / day), 'day');
  const sameYear = formatDayIn(language, timeZone, now.toISOString(), 'long').slice(-4) === formatDayIn(language, timeZone, value, 'long').slice(-4);
  return formatDayIn(language, timeZone, value, sameYear ? 'short' : 'medium');
}

/** How much of a calendar day goes with its weekday. */
export type WeekdayStyle = 'short' | 'long' | 'full';

const weekdayOptions: Record<WeekdayStyle, Intl.DateTimeFormatOptions> = {
  short: { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' },
  long: { weekday: 'long', timeZone: 'UTC' },
  // "Monday, December 7" / "lunes, 7 de diciembre": a day's heading.
  full: { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** A calendar day with its weekday: "Tue, Mar 10" / "mar, 10 mar"; `long` gives the weekday alone in full ("Tuesday"). */
export function formatWeekdayIn(language: Language, date: string, style: WeekdayStyle = 'short'): string {
  const plain = calendarDay.exec(date);
  if (!plain) return date;
  const day = new Date(Date.UTC(Number(plain[1]), Number(plain[2]) - 1, Number(plain[3])));
  return format(language, weekdayOptions[style]).format(day);
}

/** A wall-clock time given in minutes after midnight: "3:00 PM" / "3:00 p. m.". */
export function formatClockIn(language: Language, minute: number): string {
  const at = new Date(Date.UTC(2000, 0, 1, Math.floor(minute / 60) % 24, minute % 60));
  // Newer ICU puts a narrow no-break space before "PM"; a plain one reads and matches the same.
  return format(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at).replace(/\u202f/g, ' ');
}

/**
 * A wall-clock time in pieces, for places too tight for the whole ("9:30" under a 9 AM line):
 * hour, minutes and the day period ("PM", "p. m."), '' on a 24-hour clock.
 */
export function clockPartsIn(language: Language, minute: number): { hour: string; minutes: string; period: string } {
  const at = new Date(Date.UTC(2000, 0, 1, Math.floor(minute / 60) % 24, minute % 60));
  const parts = format(language, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value.replace(/\u202f/g, ' ') ?? '';
  return { hour: part('hour'), minutes: part('minute'), period: part('dayPeriod') };
}
