/** The kinds of news that can reach a person by mail, and how each person wants each kind. */
export const notificationKinds = [
  'mention',
  'reply',
  'signature_requested',
  'version_agreed',
  'consent_changed',
  'meeting_scheduled',
  'meeting_tomorrow',
  'session_today',
  'plan_date_due',
  'missed_session',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationDeliveries = ['immediately', 'daily', 'never'] as const;
export type NotificationDelivery = (typeof notificationDeliveries)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (notificationKinds as readonly string[]).includes(value);
}

export function isNotificationDelivery(value: unknown): value is NotificationDelivery {
  return typeof value === 'string' && (notificationDeliveries as readonly string[]).includes(value);
}

/** What each kind means, in the words of the settings page and the unsubscribe page. */
export const notificationKindLabels: Record<NotificationKind, string> = {
  mention: 'Someone mentions me in a comment',
  reply: 'Someone replies in a conversation I take part in',
  signature_requested: 'My signature is asked for',
  version_agreed: 'A version of the plan is agreed',
  consent_changed: 'Consent to share changes',
  meeting_scheduled: 'A meeting is scheduled or moved',
  meeting_tomorrow: 'Reminder: a meeting is tomorrow',
  session_today: 'Reminder: my sessions today',
  plan_date_due: 'Reminder: a plan date is coming (review, re-evaluation, progress report)',
  missed_session: 'A missed session has no make-up yet',
};

export const notificationDeliveryLabels: Record<NotificationDelivery, string> = {
  immediately: 'Right away',
  daily: 'In a daily digest',
  never: 'Never',
};

/** What a person gets before they choose: what needs them now comes now, the rest once a day. */
export const defaultDeliveries: Record<NotificationKind, NotificationDelivery> = {
  mention: 'immediately',
  reply: 'daily',
  signature_requested: 'immediately',
  version_agreed: 'immediately',
  consent_changed: 'immediately',
  meeting_scheduled: 'immediately',
  meeting_tomorrow: 'immediately',
  session_today: 'immediately',
  plan_date_due: 'immediately',
  missed_session: 'daily',
};

export type NotificationPreferences = Record<NotificationKind, NotificationDelivery>;

/** Unread conversations and unread mentions of me, for one student's team. */
export interface UnreadCount {
  readonly workspaceId: string;
  readonly unread: number;
  readonly mentions: number;
}
