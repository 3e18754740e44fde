/**
 * A small RFC 5545 writer: escaped text, lines folded at 75 octets, CRLF endings, local times
 * with a TZID. Enough for events; the zone comes from `vtimezone.ts`.
 */

export interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  readonly url?: string;
  /** Local wall-clock start and end (`YYYY-MM-DD` + minutes), or an all-day date. */
  readonly start: { date: string; minute: number } | { date: string; allDay: true };
  readonly minutes?: number;
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line: at most 75 octets per line, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = out.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function localStamp(date: string, minute: number): string {
  const carry = Math.floor(minute / 1440);
  const day = carry === 0 ? date : new Date(Date.parse(`${date}T00:00:00Z`) + carry * 86_400_000).toISOString().slice(0, 10);
  const m = minute - carry * 1440;
  return `${day.replace(/-/g, '')}T${String(Math.floor(m / 60)).padStart(2, '0')}${String(m % 60).padStart(2, '0')}00`;
}

export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

export function renderCalendar(input: { name: string; timeZone: string; vtimezone: readonly string[]; events: readonly CalendarEvent[]; now?: Date }): string {
  const stamp = utcStamp(input.now ?? new Date());
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Bridgeplan//Schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(input.name)}`, `X-WR-TIMEZONE:${input.timeZone}`, ...input.vtimezone];
  for (const event of input.events) {
    lines.push('BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`);
    if ('allDay' in event.start) {
      const day = event.start.date.replace(/-/g, '');
      const next = new Date(Date.parse(`${event.start.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
      lines.push(`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${next}`);
    } else {
      lines.push(`DTSTART;TZID=${input.timeZone}:${localStamp(event.start.date, event.start.minute)}`, `DTEND;TZID=${input.timeZone}:${localStamp(event.start.date, event.start.minute + (event.minutes ?? 60))}`);
    }
    lines.push(`SUMMARY:${escapeText(event.summary)}`);
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
