import type { Role } from '../../shared/roles';
import type { RequiredParticipant } from '../../shared/schema/iepVocabulary';

/** A team member as the meeting screens need them (from the workspace's member list). */
export interface MeetingMember {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
  /** Which required participants of 300.321 they cover, as the case manager set (else their role's default). */
  readonly covers?: readonly RequiredParticipant[];
}
