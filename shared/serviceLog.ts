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

export interface WeekTotal {
  readonly weekStart: string;
  readonly deliveredMinutes: number;
  readonly requiredMinutes: number | null;
}

export interface ServiceLogTotals {
  readonly serviceId: string;
  readonly weeks: readonly WeekTotal[];
  readonly period: { readonly from: string; readonly to: string; readonly deliveredMinutes: number; readonly requiredMinutes: number | null };
  /** Missed sessions nobody has made up yet. */
  readonly missedWithoutMakeUp: readonly ServiceLogEntry[];
}

const counts = (entry: ServiceLogEntry): number => (entry.status === 'delivered' || entry.status === 'make_up' ? entry.minutes : 0);

/** Totals for one service over [from, to] (inclusive local dates). */
export function serviceLogTotals(serviceId: string, entries: readonly ServiceLogEntry[], requiredWeekly: number | null, from: string, to: string): ServiceLogTotals {
  const mine = entries.filter((entry) => entry.serviceId === serviceId && entry.date >= from && entry.date <= to);
  const weeks: WeekTotal[] = [];
  for (let week = mondayOf(from); week <= to; week = addDays(week, 7)) {
    const end = addDays(week, 6);
    weeks.push({
      weekStart: week,
      deliveredMinutes: mine.filter((entry) => entry.date >= week && entry.date <= end).reduce((sum, entry) => sum + counts(entry), 0),
      requiredMinutes: requiredWeekly,
    });
  }
  // A period of 9 school weeks requires 9 weeks' minutes; a part week counts by its days.
  const required = requiredWeekly === null ? null : Math.round((requiredWeekly * (daysBetween(from, to) + 1)) / 7);
  const madeUp = new Set(entries.filter((entry) => entry.status === 'make_up' && entry.makeUpFor).map((entry) => entry.makeUpFor));
  return {
    serviceId,
    weeks,
    period: { from, to, deliveredMinutes: mine.reduce((sum, entry) => sum + counts(entry), 0), requiredMinutes: required },
    missedWithoutMakeUp: mine.filter((entry) => (entry.status === 'missed_child' || entry.status === 'missed_provider') && !madeUp.has(entry.id)),
  };
}
