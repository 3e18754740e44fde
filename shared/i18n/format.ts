import { defaultTimeZone, isTimeZone } from '../timeZone';
import { languageInfo, type Language } from './languages';

/**
 * Dates, times and numbers in a person's language and the workspace's time zone, through Intl:
 * "March 4, 2026, 6:30 PM CST" for English, "4 de marzo de 2026, 6:30 p.m. CST" for Spanish.
 */

const cache = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = isTimeZone(timeZone) ? timeZone : defaultTimeZone;
  const key = `${language}|${zone}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(languageInfo[language].locale, { ...options, timeZone: zone });
    cache.set(key, format);
  }
  return format;
}

const toDate = (value: Date | string | number) => (value instanceof Date ? value : new Date(value));

/** "March 4, 2026" / "4 de marzo de 2026" on the zone's calendar. */
export function formatDate(language: Language, timeZone: string, value: Date | string | number): string {
  return dateTimeFormat(language, timeZone, { dateStyle: 'long' }).format(toDate(value));
}

/** Date and time with the zone's abbreviation, so a reader in another zone is not misled. */
export function formatDateTime(language: Language, timeZone: string, value: Date | string | number): string {
  return dateTimeFormat(language, timeZone, { dateStyle: 'long', timeStyle: 'short' }).format(toDate(value)) +
    ` ${zoneName(language, timeZone, toDate(value))}`;
}

function zoneName(language: Language, timeZone: string, value: Date): string {
  const part = dateTimeFormat(language, timeZone, { timeZoneName: 'short' })
    .formatToParts(value)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** A count or measure with the language's separators: 1,234.5 / 1234,5 (Spanish groups from 10 000). */
/**
 * A stretch of days as a person says it, in their language: days while they count (under two
 * months), then months, then years from two years on. "12 days", "7 months", "3 years": the
 * date it is counted to is always shown beside it, so rounding loses nothing.
 */
export function formatSpan(language: Language, days: number): string {
  const whole = Math.abs(Math.round(days));
  const [value, unit] = whole < 60 ? [whole, 'day'] : whole < 730 ? [Math.round(whole / 30.44), 'month'] : [Math.round(whole / 365.25), 'year'];
  return new Intl.NumberFormat(languageInfo[language].locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}

export function formatNumber(language: Language, value: number): string {
  return new Intl.NumberFormat(languageInfo[language].locale).format(value);
}
