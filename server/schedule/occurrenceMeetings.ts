import type { MeetingSummary } from '../../shared/api';
import { isMeetingSession, meetingDoc, meetingKindLabels, meetingSessionKinds, type ScheduleSessionView } from '../../shared/schema';
import { expandSession } from '../../shared/scheduleRecurrence';
import { addDays, instantOf, splitLocalStart } from '../../shared/scheduleTime';
import type { Services } from '../services';

export type OccurrenceProblem = 'not_a_meeting' | 'no_occurrence' | 'cancelled';

/**
 * One occurrence of a recurring check-in or joint evaluation as a real meeting with its own
 * document: made the first time anyone opens it, or the day before by the reminder job,
 * whichever comes first, and only once (see MeetingOccurrenceRepository).
 */
export async function occurrenceMeeting(
  services: Services,
  workspaceId: string,
  session: ScheduleSessionView,
  date: string,
  holidays: Readonly<Record<string, string>>,
): Promise<{ meeting: MeetingSummary; created: boolean } | OccurrenceProblem> {
  if (!isMeetingSession(session.kind)) return 'not_a_meeting';
  const occurrence = expandSession(session, date, addDays(date, 1), holidays)[0];
  if (!occurrence) return 'no_occurrence';
  if (occurrence.cancelled !== null) return 'cancelled';
  const kind = meetingSessionKinds[session.kind];
  const startsAt = instantOf(date, splitLocalStart(session.start).minute, await services.workspaces.timeZone(workspaceId)).toISOString();
  const result = await services.meetingOccurrences.ensure({
    workspaceId,
    seriesId: session.id,
    date,
    kind,
    title: session.title || meetingKindLabels[kind],
    startsAt,
    createdBy: session.createdBy.userId,
  });
  if (result.created) {
    // Like a meeting scheduled by hand: its page reads kind, time and title from its own document.
    await services.rooms.change(result.meeting.docName, (doc) => {
      const written = meetingDoc(doc);
      written.meta.setKind(kind);
      written.meta.setStartsAt(startsAt);
      written.meta.setTitle(result.meeting.title);
    });
  }
  return result;
}

/**
 * After a series of check-ins or joint evaluations moves, its meetings still to come follow it:
 * each keeps its date's occurrence and takes the series' new time. Meetings already held, and
 * those whose date the series no longer meets on, stay as they were (they may hold notes).
 */
export async function followSeries(services: Services, workspaceId: string, session: ScheduleSessionView, holidays: Readonly<Record<string, string>>, today: string): Promise<number> {
  if (!isMeetingSession(session.kind)) return 0;
  const timeZone = await services.workspaces.timeZone(workspaceId);
  let moved = 0;
  for (const [date, meetingId] of await services.meetingOccurrences.forSeries(workspaceId, session.id)) {
    if (date < today) continue;
    const meeting = await services.meetings.find(workspaceId, meetingId);
    const occurrence = expandSession(session, date, addDays(date, 1), holidays)[0];
    if (!meeting || !occurrence || occurrence.cancelled !== null) continue;
    const startsAt = instantOf(date, occurrence.start, timeZone).toISOString();
    if (startsAt === meeting.startsAt) continue;
    await services.meetings.update(workspaceId, meetingId, { kind: meeting.kind, title: meeting.title, startsAt });
    await services.rooms.change(meeting.docName, (doc) => meetingDoc(doc).meta.setStartsAt(startsAt));
    moved += 1;
  }
  return moved;
}
