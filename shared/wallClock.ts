import { localMoment } from './timeZone';

/**
 * The wall clock of a time zone as a form's date-and-time field holds it ("2026-12-04T18:30"),
 * to and from an instant. A meeting is set on the team's clock, so a parent travelling in
 * another zone who opens the page still reads and sets 6:30 PM Chicago time.
 */

const pad = (value: number) => String(value).padStart(2, '0');
const pattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** An instant as "YYYY-MM-DDTHH:mm" on `timeZone`'s clock; '' for no instant. */
export function wallClockOf(iso: string, timeZone: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return '';
  const local = localMoment(date, timeZone);
  return `${local.year}-${pad(local.month)}-${pad(local.day)}T${pad(local.hour)}:${pad(local.minute)}`;
}

/**
 * The instant at which `timeZone`'s clock reads `value`. Found by correcting a first guess by
 * the zone's offset, twice, so a guess that crosses a daylight-saving change lands right (a
 * time the spring change skips lands an hour early); '' for text that is no time.
 */
export function instantOfWallClock(value: string, timeZone: string): string {
  const match = pattern.exec(value);
  if (!match) return '';
  const wanted = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  if (Number.isNaN(wanted)) return '';
  let guess = wanted;
  for (let step = 0; step < 2; step++) {
    const local = localMoment(new Date(guess), timeZone);
    const shown = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
    guess += wanted - shown;
  }
  return new Date(guess).toISOString();
}
