import { clockPartsIn } from '../../shared/i18n/dates';
import { currentLanguage } from '../i18n/i18n';

/**
 * The week grid's times in the reader's language, as short as they can be and still say when:
 * on a 12-hour clock a whole hour drops its ":00" and a range names its day period once
 * ("3–3:45 PM"); a 24-hour clock keeps its minutes ("15:00–15:45"), as "15" alone reads oddly.
 */

function parts(minute: number) {
  return clockPartsIn(currentLanguage(), minute);
}

function clock(minute: number, withPeriod: boolean): string {
  const { hour, minutes, period } = parts(minute);
  const time = period && minutes === '00' ? hour : `${hour}:${minutes}`;
  return withPeriod && period ? `${time} ${period}` : time;
}

/** "9 AM" / "9:00": an hour line's label. */
export function hourLabel(minute: number): string {
  return clock(minute, true);
}

/** "9:30": where a block starts, for a block with room for one line (the hour lines give AM or PM). */
export function startLabel(minute: number): string {
  const { hour, minutes } = parts(minute);
  return `${hour}:${minutes}`;
}

/** "3–3:45 PM", "11:30 AM–12:15 PM", "15:00–15:45". */
export function rangeLabel(start: number, end: number): string {
  const samePeriod = parts(start).period === parts(end).period;
  return `${clock(start, !samePeriod)}–${clock(end, true)}`;
}
