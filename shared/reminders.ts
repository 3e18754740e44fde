import type { DueKind } from './caseloadDue';
import type { ServiceType } from './schema/vocabulary';

/**
 * Reminders: what the periodic job tells people ahead of time. Each is remembered per event
 * and person, shown in the app until read and mailed per the person's choice for its kind.
 * The app words each one from its kind and facts (in the reader's language); mail says no
 * child's name and nothing anyone wrote.
 */
export const reminderKinds = ['meeting_tomorrow', 'session_today', 'plan_date_due', 'missed_session'] as const;
export type ReminderKind = (typeof reminderKinds)[number];

export const isReminderKind = (value: unknown): value is ReminderKind =>
  typeof value === 'string' && (reminderKinds as readonly string[]).includes(value);

export interface MeetingTomorrowFacts {
  readonly title: string;
  /** ISO instant. */
  readonly startsAt: string;
  readonly timeZone: string;
}

export interface SessionTodayFacts {
  readonly date: string;
  /** Today's sessions still to come, in time order: title and local start minute. */
  readonly sessions: readonly { readonly title: string; readonly start: number; readonly minutes: number }[];
}

export interface PlanDateFacts {
  readonly due: DueKind;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly daysLeft: number;
}

export interface MissedSessionFacts {
  /** In English: what reminders recorded before `serviceType` was kept show. */
  readonly serviceLabel: string;
  /** Names the service in the reader's language. */
  readonly serviceType?: ServiceType;
  readonly date: string;
  readonly status: 'missed_child' | 'missed_provider';
}

export type ReminderFacts = {
  meeting_tomorrow: MeetingTomorrowFacts;
  session_today: SessionTodayFacts;
  plan_date_due: PlanDateFacts;
  missed_session: MissedSessionFacts;
};

export type ReminderView = {
  [K in ReminderKind]: {
    readonly id: number;
    readonly workspaceId: string;
    readonly kind: K;
    readonly facts: ReminderFacts[K];
    /** Path inside this site. */
    readonly link: string;
    readonly createdAt: string;
  };
}[ReminderKind];
