import type { AccessTokenLifetime, AccessTokenView, CreatedAccessToken, InvitationPreview, SetupState, UserView } from '../../shared/api';
import type { Language } from '../../shared/i18n/languages';
import type { Role } from '../../shared/roles';
import { apiRequest } from './http';

export const minPasswordLength = 10;

export const getSetup = () => apiRequest<SetupState>('GET', '/setup');

export async function getMe(): Promise<UserView> {
  return (await apiRequest<{ user: UserView }>('GET', '/auth/me')).user;
}

export async function signUp(input: { email: string; displayName: string; password: string; language: Language }): Promise<UserView> {
  return (await apiRequest<{ user: UserView }>('POST', '/auth/signup', input)).user;
}

export async function signIn(input: { email: string; password: string }): Promise<UserView> {
  return (await apiRequest<{ user: UserView }>('POST', '/auth/signin', input)).user;
}

export const signOut = () => apiRequest<void>('POST', '/auth/signout');

export async function previewInvitation(secret: string): Promise<InvitationPreview> {
  return (await apiRequest<{ invitation: InvitationPreview }>('GET', `/invitations/${encodeURIComponent(secret)}`)).invitation;
}

export const acceptInvitation = (secret: string) =>
  apiRequest<{ workspaceId: string; role: Role }>('POST', `/invitations/${encodeURIComponent(secret)}/accept`);

export async function listTokens(): Promise<AccessTokenView[]> {
  return (await apiRequest<{ tokens: AccessTokenView[] }>('GET', '/tokens')).tokens;
}

export async function createToken(name: string, expiresInDays: AccessTokenLifetime): Promise<CreatedAccessToken> {
  return (await apiRequest<{ token: CreatedAccessToken }>('POST', '/tokens', { name, expiresInDays })).token;
}

export const revokeToken = (id: string) => apiRequest<void>('DELETE', `/tokens/${encodeURIComponent(id)}`);

export const signOutEverywhere = () => apiRequest<void>('POST', '/auth/signout-everywhere');

export const changePassword = (input: { currentPassword: string; newPassword: string }) => apiRequest<void>('POST', '/auth/password', input);

export const requestPasswordReset = (email: string) => apiRequest<{ message: string }>('POST', '/auth/password-reset', { email });

export const completePasswordReset = (token: string, newPassword: string) =>
  apiRequest<{ email: string }>('POST', '/auth/password-reset/complete', { token, newPassword });

export const sendVerificationMail = () => apiRequest<{ sentTo: string }>('POST', '/auth/verify-email/send');

export const verifyEmail = (token: string) => apiRequest<{ emailVerified: true; email: string }>('POST', '/auth/verify-email', { token });

export async function setLanguage(language: Language): Promise<UserView> {
  return (await apiRequest<{ user: UserView }>('PUT', '/auth/language', { language })).user;
}
