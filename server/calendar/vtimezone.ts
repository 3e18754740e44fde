import { localMoment } from '../../shared/timeZone';
import { localStamp } from './icalendar';

/**
 * The VTIMEZONE a feed's TZID points at, built from this runtime's zone data: every offset
 * change in the years covered, each as its own STANDARD or DAYLIGHT observance with the exact
 * local time it happens, so any calendar shows the same wall-clock times we do.
 */

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** The zone's UTC offset at an instant, in minutes ("GMT-05:00" → -300). */
function offsetMinutes(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

interface Transition {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

function transitions(timeZone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = [];
  const hour = 3_600_000;
  let t = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  let previous = offsetMinutes(t, timeZone);
  for (t += 12 * hour; t <= end; t += 12 * hour) {
    const current = offsetMinutes(t, timeZone);
    if (current === previous) continue;
    // Narrow the change down to the minute.
    let low = t - 12 * hour;
    let high = t;
    while (high - low > 60_000) {
      const mid = low + Math.floor((high - low) / 120_000) * 60_000;
      if (offsetMinutes(mid, timeZone) === previous) low = mid;
      else high = mid;
    }
    found.push({ at: high, from: previous, to: current });
    previous = current;
  }
  return found;
}

const built = new Map<string, string[]>();

/** Zone data does not change while the process runs, so each zone and range is built once. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const key = `${timeZone} ${fromYear} ${toYear}`;
  const cached = built.get(key);
  if (cached) return cached;
  const lines = buildVtimezone(timeZone, fromYear, toYear);
  built.set(key, lines);
  return lines;
}

function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string[] {
  const changes = transitions(timeZone, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  // The observance in force when the range opens, so events before its first change resolve too.
  const initial = offsetMinutes(Date.UTC(fromYear, 0, 1), timeZone);
  const initialKind = changes.some((change) => change.to < initial || change.from < initial) ? 'DAYLIGHT' : 'STANDARD';
  const initialName = localMoment(new Date(Date.UTC(fromYear, 0, 1)), timeZone).zone;
  lines.push(`BEGIN:${initialKind}`, `DTSTART:${fromYear}0101T000000`, `TZOFFSETFROM:${formatOffset(initial)}`, `TZOFFSETTO:${formatOffset(initial)}`, `TZNAME:${initialName}`, `END:${initialKind}`);
  for (const change of changes) {
    const kind = change.to > change.from ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART is the local time the change happens at, read on the clock before it.
    const wall = new Date(change.at + change.from * 60_000);
    const date = wall.toISOString().slice(0, 10);
    const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
    const name = localMoment(new Date(change.at), timeZone).zone;
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(date, minute)}`, `TZOFFSETFROM:${formatOffset(change.from)}`, `TZOFFSETTO:${formatOffset(change.to)}`, `TZNAME:${name}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
