import { rrule } from './rruleLibrary';
import type { ScheduleSessionView } from './schema/schedule';
import { sessionKindSetting, type SessionKind } from './schema/scheduleVocabulary';
import type { Setting } from './roles';
import { addDays, floatingDate, fromFloating, splitLocalStart } from './scheduleTime';

/**
 * Turns sessions (first occurrence + RFC 5545 RRULE) into the occurrences of a date range.
 * Rules are evaluated on the local wall clock of the workspace's zone ("floating" time, as
 * rrule recommends), so a weekly 3 PM session is at 3 PM before and after a daylight-saving
 * change; holidays and cancelled dates are the exceptions.
 */

export interface Occurrence {
  /** Unique per session and date: a session happens at most once a day. */
  readonly key: string;
  readonly sessionId: string;
  readonly kind: SessionKind;
  readonly setting: Setting;
  readonly title: string;
  readonly serviceId: string;
  readonly providerName: string;
  /** Whose session it is: the person who entered it and, if different, who last moved it. */
  readonly people: readonly string[];
  readonly date: string;
  /** Minutes since local midnight. */
  readonly start: number;
  readonly end: number;
  /** Why it does not happen that day (holiday or cancelled), or null. */
  readonly cancelled: string | null;
}

const allowedFrequencies = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);
const maxRuleLength = 200;

/** Why an RRULE cannot be used, or null. Rules repeat at most daily and carry no DTSTART of their own. */
export function rruleProblem(rule: string): string | null {
  if (rule === '') return null;
  if (rule.length > maxRuleLength) return 'That repeat rule is too long.';
  if (/DTSTART|TZID|\n/i.test(rule)) return 'A repeat rule takes its start from the session.';
  const freq = /(?:^|;)FREQ=([A-Z]+)/i.exec(rule)?.[1]?.toUpperCase();
  if (!freq || !allowedFrequencies.has(freq)) return 'Sessions repeat daily, weekly, monthly or yearly.';
  try {
    const options = rrule.RRule.parseString(rule);
    new rrule.RRule({ ...options, dtstart: floatingDate('2026-01-05', 0) }).after(floatingDate('2026-01-05', 0), true);
    return null;
  } catch {
    return 'That repeat rule is not a valid RFC 5545 RRULE.';
  }
}

/** The local dates (from ≤ date < to) a session falls on, before exceptions. */
export function sessionDates(session: Pick<ScheduleSessionView, 'start' | 'rrule'>, from: string, to: string): string[] {
  const first = splitLocalStart(session.start);
  if (session.rrule === '') return first.date >= from && first.date < to ? [first.date] : [];
  const options = rrule.RRule.parseString(session.rrule);
  const rule = new rrule.RRule({ ...options, dtstart: floatingDate(first.date, first.minute) });
  const dates = rule.between(floatingDate(from, 0), floatingDate(to, 0), true).map((value) => fromFloating(value).date);
  return [...new Set(dates)].filter((date) => date >= from && date < to);
}

export function expandSession(session: ScheduleSessionView, from: string, to: string, holidays: Readonly<Record<string, string>>): Occurrence[] {
  const { minute } = splitLocalStart(session.start);
  let dates: string[];
  try {
    dates = sessionDates(session, from, to);
  } catch {
    return [];
  }
  const people = [session.createdBy.name, ...(session.changedBy && session.changedBy.name !== session.createdBy.name ? [session.changedBy.name] : [])];
  return dates.map((date) => ({
    key: `${session.id}@${date}`,
    sessionId: session.id,
    kind: session.kind,
    setting: sessionKindSetting[session.kind],
    title: session.title,
    serviceId: session.serviceId,
    providerName: session.providerName,
    people,
    date,
    start: minute,
    end: Math.min(minute + session.minutes, 24 * 60),
    // A school holiday cancels what happens at school; clinic and home go on.
    cancelled: session.cancelled[date] ?? (sessionKindSetting[session.kind] === 'school' ? holidays[date] ?? null : null),
  }));
}

/** Every occurrence of every session in [from, from + days), in time order. */
export function occurrencesBetween(
  sessions: readonly ScheduleSessionView[],
  from: string,
  days: number,
  holidays: Readonly<Record<string, string>>,
): Occurrence[] {
  const to = addDays(from, days);
  return sessions
    .flatMap((session) => expandSession(session, from, to, holidays))
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.start - b.start || (a.sessionId < b.sessionId ? -1 : 1)));
}
