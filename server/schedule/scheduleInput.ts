import { isSessionKind, localDatePattern, localStartPattern, type ScheduleSessionInput, type ScheduleSessionPatch, type SessionKind } from '../../shared/schema';
import { rruleProblem } from '../../shared/scheduleRecurrence';
import { badRequest } from '../http/errors';
import { optionalStringField, stringField, type Body } from '../http/readBody';

/** Reading schedule requests: every field checked, with a message a person can act on. */

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

export function sessionIdField(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !idPattern.test(value)) throw badRequest('A session id is 1 to 64 letters, digits, - or _.', 'invalid_id');
  return value;
}

export function localDate(value: unknown, label = 'Date'): string {
  // Date.parse rolls 30 February over into March: only a date that reads back as itself exists.
  const exists = typeof value === 'string' && localDatePattern.test(value) && !Number.isNaN(Date.parse(value)) && new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
  if (!exists) throw badRequest(`${label} must be a date like 2026-03-10.`, 'invalid_date');
  return value;
}

function localStart(value: unknown): string {
  if (typeof value !== 'string' || !localStartPattern.test(value)) throw badRequest('Start must be a local date and time like 2026-03-10T15:00.', 'invalid_start');
  const [date, clock] = value.split('T') as [string, string];
  localDate(date, 'Start');
  const [h, m] = clock.split(':').map(Number) as [number, number];
  if (h > 23 || m > 59) throw badRequest('Start must be a time of day between 00:00 and 23:59.', 'invalid_start');
  return value;
}

function minutesField(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 5 || value > 480) throw badRequest('Minutes must be a whole number from 5 to 480.', 'invalid_minutes');
  return value;
}

function rruleField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw badRequest('The repeat rule must be text like FREQ=WEEKLY;BYDAY=TU.', 'invalid_rrule');
  const rule = value.trim().replace(/^RRULE:/i, '').toUpperCase();
  const problem = rruleProblem(rule);
  if (problem) throw badRequest(problem, 'invalid_rrule');
  return rule;
}

export function kindField(value: unknown): SessionKind {
  if (!isSessionKind(value)) throw badRequest('Choose what kind of session this is.', 'invalid_kind');
  return value;
}

export function sessionInput(body: Body): ScheduleSessionInput {
  return {
    kind: kindField(body.kind),
    title: stringField(body, 'title', { max: 120, label: 'Title' }),
    serviceId: optionalStringField(body, 'serviceId', { max: 64, label: 'Service' }),
    start: localStart(body.start),
    minutes: minutesField(body.minutes),
    rrule: rruleField(body.rrule),
    providerName: optionalStringField(body, 'providerName', { max: 120, label: 'Provider' }),
  };
}

export function sessionPatch(body: Body): ScheduleSessionPatch {
  return {
    ...(body.title !== undefined ? { title: stringField(body, 'title', { max: 120, label: 'Title' }) } : {}),
    ...(body.start !== undefined ? { start: localStart(body.start) } : {}),
    ...(body.minutes !== undefined ? { minutes: minutesField(body.minutes) } : {}),
    ...(body.rrule !== undefined ? { rrule: rruleField(body.rrule) } : {}),
    ...(body.providerName !== undefined ? { providerName: optionalStringField(body, 'providerName', { max: 120, label: 'Provider' }) } : {}),
  };
}

/** A move of one occurrence: `{ from: '2026-03-10', to: '2026-03-11T16:15' }`. */
export function moveField(value: unknown): { from: string; toDate: string; toMinute: number } | null {
  if (value === undefined) return null;
  if (typeof value !== 'object' || value === null) throw badRequest('A move names the date it moves from and where to.', 'invalid_move');
  const record = value as Record<string, unknown>;
  const to = localStart(record.to);
  const [toDate, clock] = to.split('T') as [string, string];
  const [h, m] = clock.split(':').map(Number) as [number, number];
  return { from: localDate(record.from, 'The date moved from'), toDate, toMinute: h * 60 + m };
}
