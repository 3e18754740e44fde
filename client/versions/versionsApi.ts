import type { CompletenessItem } from '../../shared/completeness';
import type { SignatureDecision, VersionView } from '../../shared/api';
import type { PlanDiff } from '../../shared/planDiff';
import type { MeetingTeamSnapshot } from '../../shared/planPartsDiff';
import type { PlanSnapshot } from '../../shared/schema';
import type { Language } from '../../shared/i18n/languages';
import { apiRequest } from '../api/http';

/** Agreed plans: propose a frozen version, choose who signs, sign, compare, download. */

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const versionPath = (workspaceId: string, versionId: string) => `${base(workspaceId)}/versions/${encodeURIComponent(versionId)}`;


/** Newest first, whatever order the server keeps them in. */
export async function listVersions(workspaceId: string): Promise<VersionView[]> {
  const { versions } = await apiRequest<{ versions: VersionView[] }>('GET', `${base(workspaceId)}/versions`);
  return [...versions].sort((a, b) => b.number - a.number);
}

export interface NewVersion {
  readonly title: string;
  readonly requiredSigners: readonly string[];
  /** Why an unchanged plan is proposed again. */
  readonly reason?: string;
  /** The meeting where the team agrees it; null for none. */
  readonly meetingId?: string | null;
}

export async function proposeVersion(workspaceId: string, input: NewVersion): Promise<VersionView> {
  return (await apiRequest<{ version: VersionView }>('POST', `${base(workspaceId)}/versions`, input)).version;
}

export async function setRequiredSigners(workspaceId: string, versionId: string, userIds: readonly string[]): Promise<VersionView> {
  return (await apiRequest<{ version: VersionView }>('PUT', `${versionPath(workspaceId, versionId)}/signers`, { userIds })).version;
}

export interface NewSignature {
  readonly decision: SignatureDecision;
  readonly statement: string;
  /** The fingerprint the signer was shown; the server refuses it if it is not this version's. */
  readonly versionHash: string;
  /** The signer's full name, typed. */
  readonly typedName: string;
  /** Re-entered unless the signer signed in within the last 15 minutes. */
  readonly password: string;
  /** Sent only by the signature that completes the agreement: the meeting that agreed it, or null for none. */
  readonly meetingId?: string | null;
}

export async function signVersion(workspaceId: string, versionId: string, input: NewSignature): Promise<VersionView> {
  const body = {
    decision: input.decision,
    versionHash: input.versionHash,
    typedName: input.typedName,
    ...(input.password ? { password: input.password } : {}),
    ...(input.statement.trim() ? { statement: input.statement.trim() } : {}),
    ...(input.meetingId !== undefined ? { meetingId: input.meetingId } : {}),
  };
  return (await apiRequest<{ version: VersionView }>('POST', `${versionPath(workspaceId, versionId)}/signatures`, body)).version;
}

export async function getCompleteness(workspaceId: string): Promise<CompletenessItem[]> {
  return (await apiRequest<{ items: CompletenessItem[] }>('GET', `${base(workspaceId)}/plan/completeness`)).items;
}

export interface VersionPlan {
  readonly version: VersionView;
  readonly plan: PlanSnapshot;
  /** The team at each meeting as the version froze it; null for a version from before records were kept. */
  readonly meetingTeams?: readonly MeetingTeamSnapshot[] | null;
}

export async function getVersionPlan(workspaceId: string, versionId: string): Promise<VersionPlan> {
  return apiRequest<VersionPlan>('GET', `${versionPath(workspaceId, versionId)}/plan`);
}

/** Which meeting agrees a proposed version (the case manager, until it is agreed); null for none. */
export async function setAgreedMeeting(workspaceId: string, versionId: string, meetingId: string | null): Promise<VersionView> {
  return (await apiRequest<{ version: VersionView }>('PUT', `${versionPath(workspaceId, versionId)}/meeting`, { meetingId })).version;
}

export interface VersionChanges {
  /** The version compared against; null when there is none (everything counts as added). */
  readonly from: { readonly id: string; readonly number: number; readonly title: string } | null;
  readonly changes: PlanDiff;
}

/**
 * What changed in a version. Without `from`, since the last agreed version before it; with
 * `from`, since that version; with `toDraft`, from `from` (or the last agreed) to the live draft;
 * in `language`, English when not given.
 */
export function getChanges(workspaceId: string, versionId: string, options: { from?: string; toDraft?: boolean; language?: Language } = {}): Promise<VersionChanges> {
  const query = new URLSearchParams();
  // The changes are written in the reader's language.
  if (options.language) query.set('language', options.language);
  if (options.from) query.set('from', options.from);
  if (options.toDraft) query.set('to', 'draft');
  const search = query.toString();
  return apiRequest<VersionChanges>('GET', `${versionPath(workspaceId, versionId)}/changes${search ? `?${search}` : ''}`);
}

export const exportFormats = ['pdf', 'docx', 'html', 'md'] as const;
export type ExportFormat = (typeof exportFormats)[number];

// Download links are plain same-origin GETs: the browser sends the session cookie and saves
// the attachment itself, so these bypass apiRequest on purpose.
export const versionExportHref = (workspaceId: string, versionId: string, format: ExportFormat) =>
  `/api${versionPath(workspaceId, versionId)}/export?format=${format}`;

export const draftExportHref = (workspaceId: string, format: ExportFormat) => `/api${base(workspaceId)}/plan/export?format=${format}`;

export const meetingExportHref = (workspaceId: string, meetingId: string, format: ExportFormat) =>
  `/api${base(workspaceId)}/meetings/${encodeURIComponent(meetingId)}/export?format=${format}`;
