import type { MeetingCoverageView } from '../../shared/api';
import type { CompletenessContext } from '../../shared/iepCompleteness';
import type { IepAgeRules } from '../../shared/iepDates';
import { coversFromMembers, participantCoverage } from '../../shared/schema';
import type { Services } from '../services';
import { currentMeetings } from './currentMeetings';

/** The deployment's ages for transition planning and the transfer of rights (state law). */
export function iepRulesOf(services: Services): IepAgeRules {
  return { transitionAge: services.config.transitionAge, majorityAge: services.config.majorityAge };
}

/** For each current meeting, which required participants (300.321) were there or excused, by what each member covers. */
export async function meetingCoverage(services: Services, workspaceId: string): Promise<MeetingCoverageView[]> {
  const meetings = await currentMeetings(services, workspaceId);
  const coversOf = coversFromMembers(await services.workspaces.members(workspaceId));
  return Promise.all(
    meetings.map(async (meeting) => {
      const content = await services.documents.readMeeting(workspaceId, meeting.id);
      return { meeting, coverage: participantCoverage(content.attendance, content.guests, content.excusals, coversOf) };
    }),
  );
}

/** Some meeting had every required participant present or excused in writing. */
export function teamCovered(coverage: readonly MeetingCoverageView[]): boolean {
  return coverage.some((entry) => entry.coverage.every((participant) => participant.state !== 'missing'));
}

/** What the completeness checks need beyond the plan itself: the ages in force, the meetings' teams. */
export async function completenessContext(services: Services, workspaceId: string): Promise<CompletenessContext> {
  return { rules: iepRulesOf(services), teamCovered: teamCovered(await meetingCoverage(services, workspaceId)) };
}
