import type { AgreedMeetingView, MeetingSummary } from './api';

/**
 * The meeting a version is agreed at, when nobody chose one: the meeting in progress, else the
 * most recent one that has started. A meeting still to come is never assumed: the team may
 * agree before it, and a wrong meeting inside a record is worse than none.
 */
export function defaultAgreementMeeting(meetings: readonly MeetingSummary[], now: string): MeetingSummary | null {
  const started = meetings.filter((meeting) => meeting.startsAt <= now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return started[0] ?? null;
}

/** What a version's record keeps of a meeting: enough to name it, frozen as it is now. */
export function agreedMeetingOf(meeting: MeetingSummary): AgreedMeetingView {
  return { meetingId: meeting.id, kind: meeting.kind, title: meeting.title, startsAt: meeting.startsAt };
}
