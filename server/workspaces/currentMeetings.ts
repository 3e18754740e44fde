import type { MeetingSummary } from '../../shared/api';
import type { Services } from '../services';

/**
 * The workspace's meetings as the team last left them: the list comes from the table, the
 * kind and time from each meeting's own document, where people edit them live.
 */
export async function currentMeetings(services: Services, workspaceId: string): Promise<MeetingSummary[]> {
  const listed = await services.meetings.list(workspaceId);
  const withContent = await Promise.all(
    listed.map(async (meeting) => {
      const content = await services.documents.readMeeting(workspaceId, meeting.id);
      return { ...meeting, kind: content.kind, startsAt: content.startsAt || meeting.startsAt };
    }),
  );
  return withContent.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
}
