import { consentAllows } from '../workspaces/consentAccess';
import type { MeetingSummary, WorkspaceSummary } from '../../shared/api';
import { isChildSession, isMeetingSession, meetingKindLabels, planDoc, ScheduleDoc, sessionKindLabels, serviceTypeLabels } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import { occurrencesBetween } from '../../shared/scheduleRecurrence';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { localMoment } from '../../shared/timeZone';
import type { Services } from '../services';
import { planDocName, scheduleDocName } from '../../shared/docName';
import type { CalendarEvent } from './icalendar';

/** "Sam Example" → "S.E.": feed titles never carry a child's full name. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${[...part][0]!.toUpperCase()}.`)
    .join('');
}

/** A typed title with the student's names replaced by their initials. */
function withoutName(text: string, studentName: string): string {
  let out = text;
  for (const part of studentName.split(/\s+/).filter((p) => p.length > 1)) {
    out = out.replace(new RegExp(part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), `${[...part][0]!.toUpperCase()}.`);
  }
  return out;
}

/** Whose sessions a person's feed shows: the family and the case manager see the whole week. */
const seesWholeWeek = (role: Role) => role === 'parent' || role === 'case_manager';

export const feedDaysBack = 7;
export const feedDaysAhead = 56;

/** One workspace's part of a person's feed: sessions, meetings and service end dates, in its zone. */
export async function workspaceEvents(services: Services, workspace: WorkspaceSummary, user: { id: string; displayName: string }, baseUrl: string, now: Date): Promise<CalendarEvent[]> {
  const initials = initialsOf(workspace.studentName);
  const link = `${baseUrl}/w/${workspace.id}/schedule`;
  const description = 'Details in Bridgeplan (sign-in required).';
  const [scheduleState, planState] = await Promise.all([services.documents.loadDoc(scheduleDocName(workspace.id)), services.documents.loadDoc(planDocName(workspace.id))]);
  try {
    const schedule = new ScheduleDoc(scheduleState).snapshot();
    const from = addDays(todayIn(workspace.timeZone, now), -feedDaysBack);
    // Check-ins and joint evaluations are the whole team's; other sessions are their people's.
    const seesSchedule = await consentAllows(services, workspace.id, user.id, 'schedule');
    const mine = schedule.sessions.filter((session) =>
      (isMeetingSession(session.kind) && seesSchedule) ||
      ((isChildSession(session.kind) || session.kind === 'home') &&
        (seesWholeWeek(workspace.role) || session.createdBy.userId === user.id || session.providerName === user.displayName)),
    );
    // An occurrence that already became a meeting is in the feed as that meeting, once.
    const becameMeetings = new Set<string>();
    for (const session of mine.filter((entry) => isMeetingSession(entry.kind))) {
      for (const date of (await services.meetingOccurrences.forSeries(workspace.id, session.id)).keys()) becameMeetings.add(`${session.id}@${date}`);
    }
    const events: CalendarEvent[] = occurrencesBetween(mine, from, feedDaysBack + feedDaysAhead, schedule.holidays)
      .filter((o) => o.cancelled === null && !becameMeetings.has(o.key))
      .map((o) => ({
        uid: `${o.key}.${workspace.id}@bridgeplan`,
        summary: `${o.title ? withoutName(o.title, workspace.studentName) : sessionKindLabels[o.kind]} · ${initials}`,
        description,
        url: link,
        start: { date: o.date, minute: o.start },
        minutes: o.end - o.start,
      }));
    // Meetings and service dates are the plan's: outside a consent that does not tick it.
    const seesPlan = await consentAllows(services, workspace.id, user.id, 'plan');
    for (const meeting of seesPlan ? await services.meetings.list(workspace.id) : []) events.push(meetingEvent(meeting, workspace, baseUrl));
    for (const service of seesPlan ? planDoc(planState).services.list() : []) {
      if (!service.endDate || !/^\d{4}-\d{2}-\d{2}$/.test(service.endDate)) continue;
      events.push({ uid: `due.${service.id}.${workspace.id}@bridgeplan`, summary: `${serviceTypeLabels[service.type]} ends · ${initials}`, description, url: `${baseUrl}/w/${workspace.id}/plan`, start: { date: service.endDate, allDay: true } });
    }
    return events;
  } finally {
    scheduleState.destroy();
    planState.destroy();
  }
}

/** A meeting as an event at its local time; the title is its kind and the initials only. */
export function meetingEvent(meeting: MeetingSummary, workspace: Pick<WorkspaceSummary, 'id' | 'studentName' | 'timeZone'>, baseUrl: string): CalendarEvent {
  const m = localMoment(new Date(meeting.startsAt), workspace.timeZone);
  const date = `${m.year}-${String(m.month).padStart(2, '0')}-${String(m.day).padStart(2, '0')}`;
  return {
    uid: `${meeting.id}.${workspace.id}@bridgeplan`,
    summary: `${meetingKindLabels[meeting.kind]} · ${initialsOf(workspace.studentName)}`,
    description: 'Agenda and notes in Bridgeplan (sign-in required).',
    url: `${baseUrl}/w/${workspace.id}/meeting/${meeting.id}`,
    start: { date, minute: m.hour * 60 + m.minute },
    minutes: 60,
  };
}
