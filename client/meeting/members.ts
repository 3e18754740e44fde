import type { Role } from '../../shared/roles';

/** A team member as the meeting screens need them (from the workspace's member list). */
export interface MeetingMember {
  readonly userId: string;
  readonly displayName: string;
  readonly role: Role;
}
