import type { Role, Setting } from './roles';
import type { ScheduleWeek } from './scheduleWeek';
import type { ServiceLogEntry, ServiceLogTotals } from './serviceLog';

/** Shapes the schedule, service log, notes and calendar routes return. */

export interface ScheduleWeekView extends ScheduleWeek {
  readonly timeZone: string;
}

export interface SessionNoteView {
  readonly id: string;
  readonly target: { readonly kind: 'goal' | 'support'; readonly id: string };
  readonly body: string;
  readonly authorId: string;
  readonly authorName: string;
  readonly authorRole: Role;
  readonly authorSetting: Setting;
  readonly createdAt: string;
}

export interface ServiceLogView {
  readonly entries: readonly ServiceLogEntry[];
  readonly totals: readonly (ServiceLogTotals & { readonly serviceLabel: string })[];
}

export interface CalendarFeedView {
  readonly active: boolean;
  readonly createdAt: string | null;
}

export interface CreatedCalendarFeed {
  /** Shown once: only its hash is kept. */
  readonly url: string;
}
