import { i18n } from '../i18n/i18n';
import type { ParseKeys } from 'i18next';
import { translateKey, translatedRecord } from '../i18n/translatedRecord';
import type { MemberView, SignatureDecision, SignatureView, VersionView } from '../../shared/api';
import { alwaysSigns, can, type Role } from '../../shared/roles';

/** Words and small facts about versions, shared by the list, the dialog and the compare view. */

/** The first 12 hex digits: enough to tell versions apart by eye, as on exported copies. */
export const shortHash = (hash: string) => hash.slice(0, 12);

export const versionName = (version: Pick<VersionView, 'number' | 'title'>) => i18n.t('versions.name', { number: version.number, title: version.title });

export const statusLabels = translatedRecord<VersionView['status']>({
  proposed: 'versions.proposed',
  agreed: 'versions.agreed',
});

/** What each decision means, in the words shown next to the choice, read in the reader's language. */
function words(label: ParseKeys, explanation: ParseKeys): { readonly label: string; readonly explanation: string } {
  return {
    get label() {
      return translateKey(label);
    },
    get explanation() {
      return translateKey(explanation);
    },
  };
}

export const decisionExplanations: Record<SignatureDecision, { readonly label: string; readonly explanation: string }> = {
  agree: words('versions.agreeLabel', 'versions.agreeExplanation'),
  agree_with_reservations: words('versions.reservationsLabel', 'versions.reservationsExplanation'),
  disagree: words('versions.disagreeLabel', 'versions.disagreeExplanation'),
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
    return { userId, name: member?.displayName ?? signature?.name ?? i18n.t('versions.formerMember'), role: member?.role ?? signature?.role ?? null, signature };
  });
  const requiredIds = new Set(version.requiredSigners);
  return {
    required,
    others: version.signatures.filter((signature) => !requiredIds.has(signature.userId)),
    signedCount: required.filter((row) => row.signature).length,
    disagreements: required.filter((row) => row.signature?.decision === 'disagree'),
  };
}

export const roleName = (role: Role | null) => (role ? i18n.t(`roles.${role}.label`) : i18n.t('versions.noLongerOnTeam'));

export function progressSentence(progress: SignatureProgress): string {
  const total = progress.required.length;
  return i18n.t('versions.progress', { signed: progress.signedCount, count: total });
}

// Days and moments in the reader's language, a version's times in the zone it was proposed in.
export { formatDay, formatMoment } from '../i18n/dates';
