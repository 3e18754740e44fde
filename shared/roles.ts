/**
 * Who may do what in a student's workspace. Defined once here; the server enforces it on every
 * route and socket and the client uses it only to hide what a person cannot do.
 */
export const roles = ['case_manager', 'teacher', 'school_therapist', 'clinical_therapist', 'parent', 'observer', 'interpreter'] as const;
export type Role = (typeof roles)[number];

export const capabilities = ['edit', 'comment', 'sign', 'invite', 'manageTeam', 'export', 'readAudit', 'translate'] as const;
export type Capability = (typeof capabilities)[number];

/** The setting a member speaks from; every contribution records it (FERPA/HIPAA provenance). */
export type Setting = 'school' | 'clinic' | 'home';

interface RoleDefinition {
  readonly label: string;
  readonly description: string;
  readonly setting: Setting;
  readonly can: readonly Capability[];
}

export const roleDefinitions: Record<Role, RoleDefinition> = {
  case_manager: {
    label: 'Case manager',
    description: 'Leads the team: edits the plan, invites people and manages roles.',
    setting: 'school',
    can: ['edit', 'comment', 'sign', 'invite', 'manageTeam', 'export', 'readAudit', 'translate'],
  },
  teacher: {
    label: 'Teacher',
    description: 'Edits goals and classroom supports, comments and signs.',
    setting: 'school',
    can: ['edit', 'comment', 'sign', 'export', 'translate'],
  },
  school_therapist: {
    label: 'School therapist',
    description: 'Occupational, speech or physical therapist at school.',
    setting: 'school',
    can: ['edit', 'comment', 'sign', 'export', 'translate'],
  },
  clinical_therapist: {
    label: 'Clinic therapist',
    description: 'Therapist outside school, invited with the parent’s consent.',
    setting: 'clinic',
    can: ['edit', 'comment', 'sign', 'export', 'translate'],
  },
  parent: {
    label: 'Parent or guardian',
    description: 'A full member of the team: edits, comments, signs, and may invite the child’s clinic therapist.',
    setting: 'home',
    can: ['edit', 'comment', 'sign', 'invite', 'export', 'translate'],
  },
  observer: {
    label: 'Observer',
    description: 'Reads the plan and comments; cannot change it.',
    setting: 'school',
    can: ['comment'],
  },
  // 34 CFR 300.322(e): the school makes sure the family understands the meeting and the plan.
  // The interpreter reads everything and writes translations of record, never the plan itself,
  // and never signs: a translation explains the plan, it does not agree to it.
  interpreter: {
    label: 'Interpreter',
    description: 'Reads the whole plan and writes translations of its fields for the family; cannot change the plan or sign.',
    setting: 'school',
    can: ['translate', 'export'],
  },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, capability: Capability): boolean {
  return roleDefinitions[role].can.includes(capability);
}

/** Roles that sign every version: the case manager who leads the plan, and the family. */
export function alwaysSigns(role: Role): boolean {
  return role === 'case_manager' || role === 'parent';
}

/**
 * Which roles a member may invite. Sharing the plan with a clinic outside school needs the
 * parent's written consent, so only a parent brings in a clinic therapist, and doing so
 * records that consent; the case manager invites everyone else.
 */
export function invitableRoles(inviter: Role): readonly Role[] {
  if (can(inviter, 'manageTeam')) return roles.filter((role) => !invitationNeedsConsent(role));
  if (inviter === 'parent') return roles.filter(invitationNeedsConsent);
  return [];
}

/** Inviting a clinic therapist discloses education records outside the school: consent is needed. */
export function invitationNeedsConsent(role: Role): boolean {
  return role === 'clinical_therapist';
}
