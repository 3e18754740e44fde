import { defaultCovers, type AttendanceView, type ParticipantCoverage } from '../../shared/schema';
import type { RequiredParticipant } from '../../shared/schema/iepVocabulary';
import type { MeetingMember } from './members';

/**
 * What the meeting page says of a required participant. "Not covered" alone read the same
 * before a meeting as after it: a case manager preparing one needs to see who is expected to
 * cover each part, and which part nobody on the team covers (the district representative,
 * often), while there is still time to invite someone.
 */
export type CoverageRowState = 'present' | 'excused' | 'expected' | 'absent' | 'uncovered';

export interface CoverageRow {
  readonly participant: RequiredParticipant;
  readonly state: CoverageRowState;
  readonly names: readonly string[];
}

export function coverageRows(coverage: readonly ParticipantCoverage[], members: readonly MeetingMember[], attendance: readonly AttendanceView[]): CoverageRow[] {
  return coverage.map((row): CoverageRow => {
    if (row.state === 'present' || row.state === 'excused') return { participant: row.participant, state: row.state, names: row.names };
    const coverers = members.filter((member) => (member.covers ?? defaultCovers(member.role)).includes(row.participant));
    if (coverers.length === 0) return { participant: row.participant, state: 'uncovered', names: [] };
    const markedAbsent = (member: MeetingMember) => attendance.some((record) => record.userId === member.userId && record.mode === 'absent');
    const expected = coverers.filter((member) => !markedAbsent(member));
    if (expected.length === 0) return { participant: row.participant, state: 'absent', names: coverers.map((member) => member.displayName) };
    return { participant: row.participant, state: 'expected', names: expected.map((member) => member.displayName) };
  });
}
