import type { ScheduleSnapshot } from './schema/schedule';
import type { ServiceView } from './schema/services';
import { serviceTypeLabels } from './schema/vocabulary';
import { findConflicts, type ScheduleConflict } from './scheduleConflicts';
import { occurrencesBetween, type Occurrence } from './scheduleRecurrence';
import { addDays, mondayOf } from './scheduleTime';
import { requiredMinutesBetween } from './serviceLog';
import { requiredWeeklyMinutes } from './serviceMinutes';

export interface ScheduleWeek {
  readonly weekStart: string;
  readonly occurrences: readonly Occurrence[];
  readonly conflicts: readonly ScheduleConflict[];
}

/** One week of the child's schedule and what is wrong with it; the page and the API both use this. */
export function scheduleWeek(schedule: ScheduleSnapshot, services: readonly ServiceView[], anyDayOfWeek: string): ScheduleWeek {
  const weekStart = mondayOf(anyDayOfWeek);
  const occurrences = occurrencesBetween(schedule.sessions, weekStart, 7, schedule.holidays);
  const conflicts = findConflicts({
    occurrences,
    weekStart,
    settings: schedule.settings,
    holidays: schedule.holidays,
    accepted: schedule.accepted,
    services: services.map((service) => ({
      id: service.id,
      label: serviceTypeLabels[service.type] ?? service.type,
      type: service.type,
      // A week before the service begins, or after it ends, owes nothing; a part week its days' share.
      requiredWeeklyMinutes: requiredMinutesBetween(service, requiredWeeklyMinutes(service), weekStart, addDays(weekStart, 6)),
    })),
  });
  return { weekStart, occurrences, conflicts };
}
