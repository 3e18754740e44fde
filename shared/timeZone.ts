/**
 * Workspace time zones: IANA names ("America/Chicago"). Every date and time a workspace shows
 * or exports is local to its zone, so a 6:30 PM meeting in Chicago never prints as the next
 * day in UTC.
 */

export const defaultTimeZone = 'UTC';

const namePattern = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/;

let canonicalZones: ReadonlySet<string> | null = null;

/**
 * The runtime's canonical zone names. Looking a name up here reads only the list; building a
 * formatter loads the zone rules and a locale's calendar data (about 8 MiB of a server's
 * memory), which a check at start or of a form field need not pay for.
 */
function knownZones(): ReadonlySet<string> {
  if (!canonicalZones) {
    const list = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    // Every runtime knows UTC (ECMA-402), though the list names only geographic zones.
    canonicalZones = new Set([...list, 'UTC']);
  }
  return canonicalZones;
}

/** True for a zone name this runtime knows. */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !namePattern.test(value)) return false;
  if (knownZones().has(value)) return true;
  // Aliases ("US/Central", "Asia/Kolkata" where the runtime lists "Asia/Calcutta") are not in
  // the list but are valid names: only a formatter can say.
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone this browser or process runs in, or UTC when it cannot say. */
export function localTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return isTimeZone(zone) ? zone : defaultTimeZone;
}

export interface LocalMoment {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
  /** 0–23 */
  readonly hour: number;
  readonly minute: number;
  /** The zone's abbreviation at that moment ("CST", "CDT", "GMT+1"). */
  readonly zone: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      timeZoneName: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at an instant. An unknown zone reads as UTC. */
export function localMoment(instant: Date, timeZone: string): LocalMoment {
  const zone = isTimeZone(timeZone) ? timeZone : defaultTimeZone;
  const parts = Object.fromEntries(formatterFor(zone).formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    zone: parts.timeZoneName ?? zone,
  };
}
