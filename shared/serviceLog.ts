import { isIsoDate } from './iepDates';
import type { Role } from './roles';
import { addDays, daysBetween, mondayOf } from './scheduleTime';

/**
 * The service delivery log: what was delivered against what the plan requires, per week and
 * per reporting period. A session missed (by the child or by the provider) with no make-up
 * recorded against it is flagged to the case manager.
 */
export const deliveryStatuses = ['delivered', 'missed_child', 'missed_provider', 'make_up'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const deliveryStatusLabels: Record<DeliveryStatus, string> = {
  delivered: 'Delivered',
  missed_child: 'Missed by the child',
  missed_provider: 'Missed by the provider',
  make_up: 'Make-up',
};

/** School staff deliver the plan's services, so they record them; the whole team reads the log. */
export function mayRecordServiceLog(role: Role): boolean {
  return role === 'case_manager' || role === 'teacher' || role === 'school_therapist';
}

export const isDeliveryStatus = (value: unknown): value is DeliveryStatus =>
  typeof value === 'string' && (deliveryStatuses as readonly string[]).includes(value);

export interface ServiceLogEntry {
  readonly id: string;
  readonly serviceId: string;
  /** Local date of the session, YYYY-MM-DD. */
  readonly date: string;
  readonly minutes: number;
  readonly status: DeliveryStatus;
  /** For a make-up: the missed session it makes up for. */
  readonly makeUpFor: string | null;
  readonly note: string;
  readonly recordedBy: string;
  readonly recordedByName: string;
  readonly recordedAt: string;
}

/**
 * The days a plan service runs, each end inclusive; null where the plan sets no usable date,
 * so the service runs without bound on that side.
 */
export interface ServiceSpan {
  readonly from: string | null;
  readonly to: string | null;
}

/** Where a stretch of days lies when the service runs on none of them. */
export type OutsideService = 'before_start' | 'after_end';

export interface WeekTotal {
  readonly weekStart: string;
  readonly deliveredMinutes: number;
  /** The weekly minutes for the days of the week the service runs; null when the plan does not say. */
  readonly requiredMinutes: number | null;
  /** Set when the service runs on none of the week's days: nothing was owed, so nothing was missed. */
  readonly outsideService: OutsideService | null;
}

export interface ServiceLogTotals {
  readonly serviceId: string;
  /** The plan's minutes a week while the service runs; null when the plan does not say. */
  readonly requiredWeeklyMinutes: number | null;
  readonly serviceSpan: ServiceSpan;
  readonly weeks: readonly WeekTotal[];
  readonly period: {
    readonly from: string;
    readonly to: string;
    readonly deliveredMinutes: number;
    readonly requiredMinutes: number | null;
    readonly outsideService: OutsideService | null;
  };
  /** Missed sessions nobody has made up yet. */
  readonly missedWithoutMakeUp: readonly ServiceLogEntry[];
}

/** The service as the totals need it: its dates are as typed into the plan, possibly empty. */
export interface LoggedService {
  readonly id: string;
  readonly startDate?: string;
  readonly endDate?: string;
}

const spanDate = (value: string | undefined): string | null => {
  const date = value?.trim() ?? '';
  return isIsoDate(date) ? date : null;
};

export function serviceSpan(service: LoggedService): ServiceSpan {
  return { from: spanDate(service.startDate), to: spanDate(service.endDate) };
}

/** How many of the days [from, to] the service runs on. */
function daysInSpan(span: ServiceSpan, from: string, to: string): number {
  const first = span.from !== null && span.from > from ? span.from : from;
  const last = span.to !== null && span.to < to ? span.to : to;
  return first > last ? 0 : daysBetween(first, last) + 1;
}

function outsideOf(span: ServiceSpan, from: string, to: string): OutsideService | null {
  if (span.to !== null && from > span.to) return 'after_end';
  if (span.from !== null && to < span.from) return 'before_start';
  return null;
}

/**
 * The minutes a service requires over the days [from, to]: its weekly minutes for each day it
 * runs, a part week by its days. Null when the plan does not say.
 */
export function requiredMinutesBetween(service: LoggedService, requiredWeekly: number | null, from: string, to: string): number | null {
  return requiredWeekly === null ? null : Math.round((requiredWeekly * daysInSpan(serviceSpan(service), from, to)) / 7);
}

const counts = (entry: ServiceLogEntry): number => (entry.status === 'delivered' || entry.status === 'make_up' ? entry.minutes : 0);

/**
 * Totals for one service over [from, to] (inclusive local dates). Only the days the service
 * runs require minutes: a period that opens before the service began, or runs past its end,
 * owes nothing for the days outside.
 */
export function serviceLogTotals(service: LoggedService, entries: readonly ServiceLogEntry[], requiredWeekly: number | null, from: string, to: string): ServiceLogTotals {
  const span = serviceSpan(service);
  // A period of 9 school weeks requires 9 weeks' minutes; a part week counts by its days.
  const requiredOver = (first: string, last: string) => requiredMinutesBetween(service, requiredWeekly, first, last);
  const mine = entries.filter((entry) => entry.serviceId === service.id && entry.date >= from && entry.date <= to);
  const weeks: WeekTotal[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) {
    // A week the period cuts, at either end, is judged on the period's days only, as its
    // delivered minutes are: a period ending on a Tuesday owes two days' share of that week,
    // not all of it, or the week would read as short for sessions not yet due.
    const first = week < from ? from : week;
    const last = addDays(week, 6) > to ? to : addDays(week, 6);
    weeks.push({
      weekStart: week,
      deliveredMinutes: mine.filter((entry) => entry.date >= first && entry.date <= last).reduce((sum, entry) => sum + counts(entry), 0),
      requiredMinutes: requiredOver(first, last),
      outsideService: outsideOf(span, first, last),
    });
  }
  const madeUp = new Set(entries.filter((entry) => entry.status === 'make_up' && entry.makeUpFor).map((entry) => entry.makeUpFor));
  return {
    serviceId: service.id,
    requiredWeeklyMinutes: requiredWeekly,
    serviceSpan: span,
    weeks,
    period: { from, to, deliveredMinutes: mine.reduce((sum, entry) => sum + counts(entry), 0), requiredMinutes: requiredOver(from, to), outsideService: outsideOf(span, from, to) },
    missedWithoutMakeUp: mine.filter((entry) => (entry.status === 'missed_child' || entry.status === 'missed_provider') && !madeUp.has(entry.id)),
  };
}
