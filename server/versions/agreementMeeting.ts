import type { AgreedMeetingView } from '../../shared/api';
import { agreedMeetingOf, defaultAgreementMeeting } from '../../shared/agreedMeeting';
import { badRequest } from '../http/errors';
import type { Services } from '../services';
import { currentMeetings } from '../workspaces/currentMeetings';

/**
 * Reads the meeting a request links a version to: `undefined` takes the default (the meeting in
 * progress or the most recent one), `null` links none, an id must name one of this workspace's
 * meetings. The meeting's kind and time come from its live document, as the team last left them.
 */
export async function requestedAgreementMeeting(services: Services, workspaceId: string, requested: unknown): Promise<AgreedMeetingView | null> {
  if (requested === null) return null;
  if (requested !== undefined && typeof requested !== 'string') throw badRequest('Choose a meeting, or none.', 'invalid_meeting');
  const meetings = await currentMeetings(services, workspaceId);
  if (requested === undefined) {
    const fallback = defaultAgreementMeeting(meetings, new Date().toISOString());
    return fallback ? agreedMeetingOf(fallback) : null;
  }
  const meeting = meetings.find((entry) => entry.id === requested);
  if (!meeting) throw badRequest('That meeting is not one of this student’s meetings.', 'unknown_meeting');
  return agreedMeetingOf(meeting);
}
