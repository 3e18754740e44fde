import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccessTokenView, CreatedAccessToken, CreatedInvitation, PendingInvitationView } from '../../shared/api';
import { linkIn, mailsTo, secretOfLink } from '../helpers/accountMail';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink } from '../helpers/mailSink';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const signUp = async (server: TestServer, email: string): Promise<ApiClient> => {
  const api = apiClient(server.url);
  const created = await api.request('POST', '/api/auth/signup', { email, displayName: email.split('@')[0], password: 'a long enough password' });
  expect(created.status).toBe(201);
  return api;
};

describe('verifying email, with a mail server', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  let manager: ApiClient;

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url });
    team = await seedTeam(server.services, { manager: 'case_manager' });
    manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('mails a link at sign-up; opening it lets the invited person join', async () => {
    const invited = await manager.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'aunt@example.org', role: 'parent' });
    expect(invited.body.mailed).toBe(true);
    const aunt = await signUp(server, 'aunt@example.org');
    expect((await aunt.request<{ user: { emailVerified: boolean } }>('GET', '/api/auth/me')).body.user.emailVerified).toBe(false);
    const pending = await manager.request<{ invitations: PendingInvitationView[] }>('GET', `/api/workspaces/${team.workspaceId}/invitations`);
    expect(pending.body.invitations[0]).toMatchObject({ email: 'aunt@example.org', inviteeAccount: 'unverified' });

    // The invitation and the verification link both arrive; the link opens in any browser.
    await eventually(() => expect(mailsTo(sink.received, 'aunt@example.org')).toHaveLength(2));
    const verification = mailsTo(sink.received, 'aunt@example.org').find((mail) => mail.raw.includes('verify-email'))!;
    const token = secretOfLink(linkIn(verification, 'verify-email'));
    expect(JSON.stringify(server.logs)).not.toContain(token);
    const verified = await apiClient(server.url).request('POST', '/api/auth/verify-email', { token });
    expect(verified.body).toEqual({ emailVerified: true, email: 'aunt@example.org' });
    expect((await apiClient(server.url).request('POST', '/api/auth/verify-email', { token })).status).toBe(410);

    expect((await aunt.request<{ user: { emailVerified: boolean } }>('GET', '/api/auth/me')).body.user.emailVerified).toBe(true);
    const accepted = await aunt.request('POST', `/api/invitations/${secretOfLink(invited.body.link)}/accept`);
    expect(accepted.body).toEqual({ workspaceId: team.workspaceId, role: 'parent' });
  });

  it('sends a new verification link on request, and only the newest works', async () => {
    const uncle = await signUp(server, 'uncle@example.org');
    await eventually(() => expect(mailsTo(sink.received, 'uncle@example.org')).toHaveLength(1));
    expect((await uncle.request('POST', '/api/auth/verify-email/send')).status).toBe(202);
    await eventually(() => expect(mailsTo(sink.received, 'uncle@example.org')).toHaveLength(2));
    const [first, second] = mailsTo(sink.received, 'uncle@example.org').map((mail) => secretOfLink(linkIn(mail, 'verify-email')));
    expect((await uncle.request('POST', '/api/auth/verify-email', { token: first })).status).toBe(410);
    expect((await uncle.request('POST', '/api/auth/verify-email', { token: second })).status).toBe(200);
    expect((await uncle.request('POST', '/api/auth/verify-email/send')).status).toBe(409);
  });

  it('resets a forgotten password by mail', async () => {
    const email = team.members.manager!.email;
    const asked = await apiClient(server.url).request('POST', '/api/auth/password-reset', { email });
    expect(asked.status).toBe(202);
    await eventually(() => expect(mailsTo(sink.received, email)).toHaveLength(1));
    const token = secretOfLink(linkIn(mailsTo(sink.received, email)[0]!, 'reset-password'));
    const done = await apiClient(server.url).request('POST', '/api/auth/password-reset/complete', { token, newPassword: 'a fresh start phrase' });
    expect(done.body).toEqual({ email });
    const api = apiClient(server.url);
    expect((await api.request('POST', '/api/auth/signin', { email, password: testPassword })).status).toBe(401);
    expect((await api.request('POST', '/api/auth/signin', { email, password: 'a fresh start phrase' })).status).toBe(200);
  });
});

describe('verifying email in person, without a mail server', () => {
  let server: TestServer;
  let team: SeededTeam;
  let manager: ApiClient;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
    manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
  });
  afterEach(async () => {
    await server.close();
  });

  it('lets the case manager confirm an invited person’s email, recorded in the audit log', async () => {
    const invited = await manager.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'slp@example.org', role: 'school_therapist' });
    const confirmEarly = await manager.request('POST', `/api/workspaces/${team.workspaceId}/invitations/${invited.body.invitation.id}/confirm-email`);
    expect(confirmEarly.body).toMatchObject({ error: { id: 'no_account_yet' } });
    const therapist = await signUp(server, 'slp@example.org');
    expect((await therapist.request('POST', `/api/invitations/${secretOfLink(invited.body.link)}/accept`)).body).toMatchObject({ error: { id: 'email_unverified' } });
    expect((await therapist.request('POST', '/api/auth/verify-email/send')).body).toMatchObject({ error: { id: 'mail_not_configured' } });

    // Only the case manager vouches; a teacher cannot.
    const teacher = apiClient(server.url, { cookie: team.members.teacher!.cookie });
    expect((await teacher.request('POST', `/api/workspaces/${team.workspaceId}/invitations/${invited.body.invitation.id}/confirm-email`)).status).toBe(403);
    expect((await manager.request('POST', `/api/workspaces/${team.workspaceId}/invitations/${invited.body.invitation.id}/confirm-email`)).status).toBe(200);
    expect((await therapist.request('POST', `/api/invitations/${secretOfLink(invited.body.link)}/accept`)).status).toBe(200);

    const audit = await manager.request<{ events: { action: string; subject: string; details: Record<string, string> }[] }>('GET', `/api/workspaces/${team.workspaceId}/audit`);
    const confirmation = audit.body.events.find((event) => event.action === 'member.email_confirmed');
    expect(confirmation?.details).toMatchObject({ email: 'slp@example.org', how: 'in_person', invitation: invited.body.invitation.id });
  });
});

describe('sessions, passwords and access tokens', () => {
  let server: TestServer;
  let team: SeededTeam;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager' });
  });
  afterEach(async () => {
    await server.close();
  });

  const signIn = async (password = testPassword): Promise<ApiClient> => {
    const api = apiClient(server.url);
    expect((await api.request('POST', '/api/auth/signin', { email: team.members.manager!.email, password })).status).toBe(200);
    return api;
  };

  it('changes the password with the current one, keeping this session and ending the others', async () => {
    const here = await signIn();
    const laptop = await signIn();
    const changed = await here.request('POST', '/api/auth/password', { currentPassword: testPassword, newPassword: 'a new and longer phrase' });
    expect(changed.status).toBe(204);
    expect((await here.request('GET', '/api/auth/me')).status).toBe(200);
    expect((await laptop.request('GET', '/api/auth/me')).status).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`, { cookie: laptop.cookie! })).toBe(401);
    await signIn('a new and longer phrase');
  });

  it('signs out everywhere, this browser included', async () => {
    const here = await signIn();
    const phone = await signIn();
    expect((await here.request('POST', '/api/auth/signout-everywhere')).status).toBe(204);
    expect((await here.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await phone.request('GET', '/api/auth/me')).status).toBe(401);
    expect((await apiClient(server.url, { cookie: team.members.manager!.cookie }).request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('creates tokens with a name and an expiry, and shows when each was last used', async () => {
    const api = await signIn();
    const made = await api.request<{ token: CreatedAccessToken }>('POST', '/api/tokens', { name: 'District export', expiresInDays: 30 });
    const days = (Date.parse(made.body.token.expiresAt!) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    const defaulted = await api.request<{ token: CreatedAccessToken }>('POST', '/api/tokens', { name: 'Default' });
    expect((Date.parse(defaulted.body.token.expiresAt!) - Date.now()) / 86_400_000).toBeGreaterThan(89.9);

    await apiClient(server.url).request('GET', '/api/workspaces', undefined, { authorization: `Bearer ${made.body.token.token}` });
    const listed = await api.request<{ tokens: AccessTokenView[] }>('GET', '/api/tokens');
    const district = listed.body.tokens.find((token) => token.name === 'District export')!;
    expect(district.lastUsedAt).not.toBeNull();
    expect(district.expiresAt).toBe(made.body.token.expiresAt);
    expect(JSON.stringify(listed.body)).not.toContain(made.body.token.token);
  });
});
