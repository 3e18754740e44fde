import type {
  AuditEventView,
  ConsentView,
  CreatedInvitation,
  InvitationView,
  MemberView,
  WorkspaceDetail,
  WorkspaceSummary,
} from '../../shared/api';
import type { Role } from '../../shared/roles';
import { apiRequest } from './http';

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

export async function changeMemberRole(workspaceId: string, userId: string, role: Role): Promise<MemberView[]> {
  return (await apiRequest<{ members: MemberView[] }>('PATCH', `${base(workspaceId)}/members/${encodeURIComponent(userId)}`, { role })).members;
}

export const removeMember = (workspaceId: string, userId: string) =>
  apiRequest<void>('DELETE', `${base(workspaceId)}/members/${encodeURIComponent(userId)}`);

export interface NewInvitation {
  email: string;
  role: Role;
  consent?: { sharedScope: string; purpose: string };
}

export const createInvitation = (workspaceId: string, input: NewInvitation) =>
  apiRequest<CreatedInvitation>('POST', `${base(workspaceId)}/invitations`, input);

export async function listInvitations(workspaceId: string): Promise<InvitationView[]> {
  return (await apiRequest<{ invitations: InvitationView[] }>('GET', `${base(workspaceId)}/invitations`)).invitations;
}

export const withdrawInvitation = (workspaceId: string, invitationId: string) =>
  apiRequest<void>('DELETE', `${base(workspaceId)}/invitations/${encodeURIComponent(invitationId)}`);

export async function listConsents(workspaceId: string): Promise<ConsentView[]> {
  return (await apiRequest<{ consents: ConsentView[] }>('GET', `${base(workspaceId)}/consents`)).consents;
}

export const withdrawConsent = (workspaceId: string, consentId: string) =>
  apiRequest<void>('POST', `${base(workspaceId)}/consents/${encodeURIComponent(consentId)}/revoke`);

export async function listAudit(workspaceId: string): Promise<AuditEventView[]> {
  return (await apiRequest<{ events: AuditEventView[] }>('GET', `${base(workspaceId)}/audit`)).events;
}
