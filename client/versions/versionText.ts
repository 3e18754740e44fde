import { isTimeZone } from '../../shared/timeZone';
import type { MemberView, SignatureDecision, SignatureView, VersionView } from '../../shared/api';
import { alwaysSigns, can, roleDefinitions, type Role } from '../../shared/roles';

/** Words and small facts about versions, shared by the list, the dialog and the compare view. */

/** The first 12 hex digits: enough to tell versions apart by eye, as on exported copies. */
export const shortHash = (hash: string) => hash.slice(0, 12);

export const versionName = (version: Pick<VersionView, 'number' | 'title'>) => `Version ${version.number}: ${version.title}`;

export const statusLabels: Record<VersionView['status'], string> = {
  proposed: 'Proposed',
  agreed: 'Agreed',
};

/** What each decision means, in the words shown next to the choice. */
export const decisionExplanations: Record<SignatureDecision, { label: string; explanation: string }> = {
  agree: {
    label: 'I agree',
    explanation: 'You agree with the plan as written in this version.',
  },
  agree_with_reservations: {
    label: 'I agree, with reservations',
    explanation: 'You agree so the plan can go ahead, and your concerns are recorded with your signature. Say what they are below.',
  },
  disagree: {
    label: 'I disagree',
    explanation: 'You do not agree. This version cannot become the agreed plan; the team talks it through and proposes a new version.',
  },
};

export function signerCandidates(members: readonly MemberView[]): MemberView[] {
  return members.filter((member) => can(member.role, 'sign'));
}

/** The ticked signers plus those who always sign (the case manager, every parent or guardian). */
export function withRequiredSigners(selected: ReadonlySet<string>, members: readonly MemberView[]): string[] {
  return [...new Set([...selected, ...members.filter((member) => alwaysSigns(member.role)).map((member) => member.userId)])];
}

export interface SignerRow {
  readonly userId: string;
  readonly name: string;
  /** Null when the person has since left the team. */
  readonly role: Role | null;
  readonly signature: SignatureView | null;
}

export interface SignatureProgress {
  readonly required: readonly SignerRow[];
  /** People who signed without being asked to (any member whose role signs may). */
  readonly others: readonly SignatureView[];
  readonly signedCount: number;
  readonly disagreements: readonly SignerRow[];
}

export function signatureProgress(version: VersionView, members: readonly MemberView[]): SignatureProgress {
  const byUser = new Map(version.signatures.map((signature) => [signature.userId, signature]));
  const required = version.requiredSigners.map((userId): SignerRow => {
    const signature = byUser.get(userId) ?? null;
    const member = members.find((m) => m.userId === userId);
    return { userId, name: member?.displayName ?? signature?.name ?? 'A former team member', role: member?.role ?? signature?.role ?? null, signature };
  });
  const requiredIds = new Set(version.requiredSigners);
  return {
    required,
    others: version.signatures.filter((signature) => !requiredIds.has(signature.userId)),
    signedCount: required.filter((row) => row.signature).length,
    disagreements: required.filter((row) => row.signature?.decision === 'disagree'),
  };
}

export const roleName = (role: Role | null) => (role ? roleDefinitions[role].label : 'No longer on the team');

export function progressSentence(progress: SignatureProgress): string {
  const total = progress.required.length;
  return `${progress.signedCount} of ${total} required ${total === 1 ? 'signature' : 'signatures'}`;
}

// Days and moments in the reader's language, a version's times in the zone it was proposed in.
export { formatDay, formatMoment } from '../i18n/dates';
