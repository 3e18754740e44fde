import type { MeetingTeamSnapshot } from '../../shared/planPartsDiff';
import { coversFromMembers, participantCoverage } from '../../shared/schema';
import type { ExportMeeting, TeamMember } from '../export/ExportInput';

/** The team at each meeting as the comparison reads it: coverage by what each member covered then, guests and excusals. */
export function meetingTeamsOf(meetings: readonly ExportMeeting[], team: readonly TeamMember[]): MeetingTeamSnapshot[] {
  const coversOf = coversFromMembers(team);
  return [...meetings]
    .sort((a, b) => a.meeting.startsAt.localeCompare(b.meeting.startsAt))
    .map(({ meeting, content }) => {
      const guests = content.guests ?? [];
      const excusals = content.excusals ?? [];
      return { id: meeting.id, title: meeting.title, startsAt: meeting.startsAt, coverage: participantCoverage(content.attendance, guests, excusals, coversOf), guests, excusals };
    });
}
