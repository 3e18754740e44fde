import type { Role, Setting } from './roles';
import type { ScheduleWeek } from './scheduleWeek';
import type { ServiceType } from './schema/vocabulary';
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
  /** Who reads it: the whole team, or (a clinic note outside the parent's consent) the clinic and the family only. */
  readonly audience: NoteAudience;
}

export type NoteAudience = 'team' | 'clinic_and_family';

/** A goal or support a note can be attached to, and who would read a note the caller writes there. */
export interface NoteTargetView {
  readonly kind: 'goal' | 'support';
  readonly id: string;
  /** The goal's area or the support's kind, as a vocabulary key. */
  readonly area: string;
  /** The goal's target or the support's title, as written. */
  readonly label: string;
  readonly audience: NoteAudience;
}

export interface ServiceLogView {
  readonly entries: readonly ServiceLogEntry[];
  readonly totals: readonly (ServiceLogTotals & {
    /** In English, for scripts; pages name the service from its type (and provider). */
    readonly serviceLabel: string;
    readonly serviceType: ServiceType;
    readonly provider: string;
    /** One session's minutes as the plan gives them; null when it does not say. */
    readonly sessionMinutes: number | null;
  })[];
}

export interface CalendarFeedView {
  readonly active: boolean;
  readonly createdAt: string | null;
}

export interface CreatedCalendarFeed {
  /** Shown once: only its hash is kept. */
  readonly url: string;
}
