import { dueItems, type DueKind } from '../../shared/caseloadDue';
import type { IepAgeRules } from '../../shared/iepDates';
import type { ReminderFacts, ReminderKind } from '../../shared/reminders';
import type { Role } from '../../shared/roles';
import { isChildSession, isMeetingSession, serviceTypeLabels, type PlanSnapshot, type ScheduleSnapshot } from '../../shared/schema';
import { occurrencesBetween } from '../../shared/scheduleRecurrence';
import { addDays } from '../../shared/scheduleTime';
import { localMoment } from '../../shared/timeZone';
import { serviceLogTotals, type ServiceLogEntry } from '../../shared/serviceLog';
import { requiredWeeklyMinutes } from '../../shared/serviceMinutes';
import type { MeetingSummary } from '../../shared/api';

/** One thing to remind people of; `key` names the event, so each person hears of it once. */
export type ReminderEvent = {
  [K in ReminderKind]: { readonly kind: K; readonly key: string; readonly facts: ReminderFacts[K]; readonly path: string; readonly recipients: readonly string[] };
}[ReminderKind];

export interface WorkspaceDay {
  readonly workspaceId: string;
  readonly timeZone: string;
  /** Local date and minute of "now" in the workspace's zone. */
  readonly today: string;
  readonly minute: number;
  readonly members: readonly { readonly userId: string; readonly role: Role }[];
  readonly meetings: readonly MeetingSummary[];
  readonly schedule: ScheduleSnapshot;
  readonly plan: PlanSnapshot;
  readonly serviceLog: readonly ServiceLogEntry[];
  readonly rules: IepAgeRules;
}

/** Plan dates worth a reminder, and how far ahead: a month, a week, and the day itself. */
const remindedDueKinds: readonly DueKind[] = ['annualReview', 'reevaluation', 'progressReport'];
const dueSteps = [30, 7, 0] as const;
/** Sessions-today reminders go out from the morning, never in the night. */
const morningMinute = 6 * 60;
const eveningMinute = 20 * 60;
/** How far back a missed session without a make-up is still raised. */
const missedLookbackDays = 8 * 7;

const path = (workspaceId: string, rest: string) => `/w/${encodeURIComponent(workspaceId)}${rest}`;

/** Occurrences of recurring check-ins and joint evaluations on one date: their meetings are made ahead. */
export function meetingOccurrencesOn(schedule: ScheduleSnapshot, date: string): { sessionId: string; date: string }[] {
  const meetingSessions = schedule.sessions.filter((session) => isMeetingSession(session.kind));
  return occurrencesBetween(meetingSessions, date, 1, schedule.holidays)
    .filter((o) => o.cancelled === null)
    .map((o) => ({ sessionId: o.sessionId, date: o.date }));
}

/** Everything to remind this workspace's people of, as of its local now. */
export function reminderEvents(day: WorkspaceDay): ReminderEvent[] {
  const events: ReminderEvent[] = [];
  const everyone = day.members.map((member) => member.userId);
  const managers = day.members.filter((member) => member.role === 'case_manager').map((member) => member.userId);
  const tomorrow = addDays(day.today, 1);
  const localDateOf = (iso: string) => {
    const m = localMoment(new Date(iso), day.timeZone);
    return `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
  };

  for (const meeting of day.meetings) {
    if (localDateOf(meeting.startsAt) !== tomorrow) continue;
    // The time is part of the key: a meeting moved to another time tomorrow is reminded again.
    events.push({ kind: 'meeting_tomorrow', key: `meeting:${meeting.id}:${meeting.startsAt}`, facts: { title: meeting.title, startsAt: meeting.startsAt, timeZone: day.timeZone }, path: path(day.workspaceId, `/meeting/${encodeURIComponent(meeting.id)}`), recipients: everyone });
  }

  if (day.minute >= morningMinute && day.minute < eveningMinute) {
    const today = occurrencesBetween(day.schedule.sessions, day.today, 1, day.schedule.holidays).filter((o) => o.cancelled === null && isChildSession(o.kind) && o.start > day.minute);
    const bySession = new Map(day.schedule.sessions.map((session) => [session.id, session]));
    const parents = day.members.filter((member) => member.role === 'parent').map((member) => member.userId);
    // Each person hears of their own sessions (those they entered) and parents of all of the
    // child's; the list is part of the key, so a session moved during the day is reminded again.
    for (const userId of new Set([...parents, ...today.map((o) => bySession.get(o.sessionId)?.createdBy.userId ?? '')])) {
      if (!userId || !everyone.includes(userId)) continue;
      const mine = parents.includes(userId) ? today : today.filter((o) => bySession.get(o.sessionId)?.createdBy.userId === userId);
      if (mine.length === 0) continue;
      const sessions = mine.map((o) => ({ title: o.title, start: o.start, minutes: o.end - o.start }));
      const signature = mine.map((o) => `${o.sessionId}@${o.start}+${o.end - o.start}`).join(',');
      events.push({ kind: 'session_today', key: `sessions:${day.today}:${signature}`, facts: { date: day.today, sessions }, path: path(day.workspaceId, '/schedule'), recipients: [userId] });
    }
  }

  for (const item of dueItems(day.plan, day.today, day.rules)) {
    if (!remindedDueKinds.includes(item.kind)) continue;
    const step = dueSteps.filter((days) => item.daysLeft <= days).at(-1);
    if (step === undefined) continue;
    events.push({ kind: 'plan_date_due', key: `due:${item.kind}:${item.due}:${step}`, facts: { due: item.kind, date: item.due, daysLeft: item.daysLeft }, path: path(day.workspaceId, '/plan'), recipients: managers });
  }

  const from = addDays(day.today, -missedLookbackDays);
  for (const service of day.plan.services) {
    const totals = serviceLogTotals(service, day.serviceLog, requiredWeeklyMinutes(service), from, day.today);
    for (const missed of totals.missedWithoutMakeUp) {
      if (missed.status !== 'missed_child' && missed.status !== 'missed_provider') continue;
      events.push({ kind: 'missed_session', key: `missed:${missed.id}`, facts: { serviceLabel: serviceTypeLabels[service.type] ?? service.type, serviceType: service.type, date: missed.date, status: missed.status }, path: path(day.workspaceId, '/services'), recipients: managers });
    }
  }
  return events;
}
