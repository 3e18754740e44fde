import type { RequiredParticipant } from '../../shared/schema/iepVocabulary';
import type { ConsentScopeItem } from '../../shared/consentScope';
import type {
  AuditPage,
  AuditVerification,
  ConsentView,
  CreatedInvitation,
  MemberView,
  PendingInvitationView,
  WorkspaceDetail,
  WorkspaceSummary,
} from '../../shared/api';
import type { Role } from '../../shared/roles';
import { apiRequest } from './http';
import type { Language } from '../../shared/i18n/languages';
import { beginEarly, takeEarly } from './earlyReads';

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;

export async function listWorkspaces(): Promise<WorkspaceSummary[]> {
  return (await apiRequest<{ workspaces: WorkspaceSummary[] }>('GET', '/workspaces')).workspaces;
}

export interface NewWorkspace {
  studentName: string;
  gradeOrBirthDate?: string;
  school?: string;
  /** IANA zone every date and time of the workspace is shown in. */
  timeZone?: string;
}

export async function createWorkspace(input: NewWorkspace): Promise<WorkspaceSummary> {
  return (await apiRequest<{ workspace: WorkspaceSummary }>('POST', '/workspaces', input)).workspace;
}

export async function getWorkspace(workspaceId: string): Promise<WorkspaceDetail> {
  return (await apiRequest<{ workspace: WorkspaceDetail }>('GET', base(workspaceId))).workspace;
}

const workspaceRead = (workspaceId: string): string => `workspace:${workspaceId}`;

/** Begins reading the workspace of the page at the address being opened (see earlyReads.ts). */
export function beginWorkspaceRead(workspaceId: string): void {
  beginEarly(workspaceRead(workspaceId), () => getWorkspace(workspaceId));
}

/** The workspace as a page of it opens: the read begun at start when there is one, else a new one. */
export function openWorkspace(workspaceId: string): Promise<WorkspaceDetail> {
  return takeEarly(workspaceRead(workspaceId), () => getWorkspace(workspaceId));
}

/** The case manager moves the workspace to another zone; answers the zone now in force. */
export async function setWorkspaceTimeZone(workspaceId: string, timeZone: string): Promise<string> {
  return (await apiRequest<{ timeZone: string }>('PUT', `${base(workspaceId)}/time-zone`, { timeZone })).timeZone;
}

export async function changeMemberRole(workspaceId: string, userId: string, role: Role): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>('PATCH', `${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { role })).members;
}

/** Which required participants of 300.321 a member covers at meetings; null returns them to their role's default. */
export async function setMemberCovers(workspaceId: string, userId: string, covers: readonly RequiredParticipant[] | null): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>('PUT', `${base(workspaceId)}/members/${encodeURIComponent(userId)}/covers`, { covers })).members;
}

export const removeMember = (workspaceId: string, userId: string) =>
  apiRequest<void>('DELETE', `${base(workspaceId)}/members/${encodeURIComponent(userId)}`);

export interface NewInvitation {
  email: string;
  role: Role;
  consent?: { sharedScope: string; scope?: readonly ConsentScopeItem[]; purpose: string };
  /** The invited person's language: their invitation mail and first pages use it. */
  language?: Language;
}

export const createInvitation = (workspaceId: string, input: NewInvitation) =>
  apiRequest<CreatedInvitation>('POST', `${base(workspaceId)}/invitations`, input);

export async function listInvitations(workspaceId: string): Promise<PendingInvitationView[]> {
  return (await apiRequest<{ invitations: PendingInvitationView[] }>('GET', `${base(workspaceId)}/invitations`)).invitations;
}

/** The case manager confirms, in person, that the invited person holds the address (no mail server). */
export const confirmInviteeEmail = (workspaceId: string, invitationId: string) =>
  apiRequest<{ inviteeAccount: 'verified' }>('POST', `${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}/confirm-email`);

export async function confirmMemberEmail(workspaceId: string, userId: string): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>('POST', `${base(workspaceId)}/members/${encodeURIComponent(userId)}/confirm-email`)).members;
}

export const withdrawInvitation = (workspaceId: string, invitationId: string) =>
  apiRequest<void>('DELETE', `${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);

export async function listConsents(workspaceId: string): Promise<ConsentView[]> {
  return (await apiRequest<{ consents: ConsentView[] }>('GET', `${base(workspaceId)}/consents`)).consents;
}

export const withdrawConsent = (workspaceId: string, consentId: string) =>
  apiRequest<void>('POST', `${base(workspaceId)}/consents/${encodeURIComponent(consentId)}/revoke`);

/** Filters of the activity log; dates are ISO instants (the page turns local days into them). */
export interface AuditQuery {
  readonly actor?: string;
  readonly action?: string;
  readonly from?: string;
  readonly to?: string;
  readonly cursor?: string;
}

export async function listAudit(workspaceId: string, query: AuditQuery = {}): Promise<AuditPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.size > 0 ? `?${params.toString()}` : '';
  return apiRequest<AuditPage>('GET', `${base(workspaceId)}/audit${search}`);
}

export async function verifyAudit(workspaceId: string): Promise<AuditVerification> {
  return (await apiRequest<{ verification: AuditVerification }>('GET', `${base(workspaceId)}/audit/verification`)).verification;
}
