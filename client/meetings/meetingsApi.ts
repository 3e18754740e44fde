import type { MeetingSummary } from '../../shared/api';
import type { MeetingKind } from '../../shared/schema';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/meetings`;

export async function scheduleMeeting(workspaceId: string, input: { kind: MeetingKind; title?: string; startsAt: string }): Promise<MeetingSummary> {
  return (await apiRequest<{ meeting: MeetingSummary }>('POST', base(workspaceId), input)).meeting;
}

/**
 * Changes a meeting's kind or time through the server, which keeps the meeting's record (its
 * place in lists, reminders and calendars) and its page in step, and tells the team of a new time.
 */
export async function changeMeeting(workspaceId: string, meetingId: string, change: { kind?: MeetingKind; startsAt?: string }): Promise<MeetingSummary> {
  return (await apiRequest<{ meeting: MeetingSummary }>('PATCH', `${base(workspaceId)}/${encodeURIComponent(meetingId)}`, change)).meeting;
}
