import type { MeetingSummary } from '../../shared/api';
import type { MeetingKind } from '../../shared/schema';
import { apiRequest } from '../api/http';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/meetings`;

export async function scheduleMeeting(workspaceId: string, input: { kind: MeetingKind; title?: string; startsAt: string }): Promise<MeetingSummary> {
  return (await apiRequest<{ meeting: MeetingSummary }>('POST', base(workspaceId), input)).meeting;
}
