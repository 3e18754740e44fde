import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CreatedAccessToken, CreatedInvitation, MemberView } from '../../shared/api';
import { linkIn, mailsTo, secretOfLink } from '../helpers/accountMail';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { startMailSink } from '../helpers/mailSink';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { withServerDatabase } from '../helpers/serverDatabase';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const past = '2020-01-01T00:00:00.000Z';

/** Lets links of one purpose run out, as time would, in whichever engine the server stores into. */
const expireLinks = (server: TestServer, purpose: string, unusedOnly = false) =>
  withServerDatabase(server.dataDir, async ({ db }) => {
    let update = db.updateTable('account_links').set({ expires_at: past }).where('purpose', '=', purpose);
    if (unusedOnly) update = update.where('used_at', 'is', null);
    await update.execute();
  });

describe('accounts under attack', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let server: TestServer;
  let team: SeededTeam;
  let manager: ApiClient;

  beforeEach(async () => {
    sink = await startMailSink();
    server = await startTestServer({ smtpUrl: sink.url });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', clinician: 'clinical_therapist', parent: 'parent' });
    manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
  });
  afterEach(async () => {
    await server.close();
    await sink.close();
  });

  it('refuses to switch a teacher into clinic therapist, or a clinic therapist out of it', async () => {
    const members = `/api/workspaces/${team.workspaceId}/members`;
    const into = await manager.request('PATCH', `${members}/${team.members.teacher!.userId}`, { role: 'clinical_therapist' });
    expect(into.status).toBe(403);
    expect(into.body).toMatchObject({ error: { id: 'role_needs_consent' } });
    const outOf = await manager.request('PATCH', `${members}/${team.members.clinician!.userId}`, { role: 'teacher' });
    expect(outOf.status).toBe(403);
    expect(outOf.body).toMatchObject({ error: { id: 'role_needs_consent' } });

    const detail = await manager.request<{ workspace: { members: MemberView[] } }>('GET', `/api/workspaces/${team.workspaceId}`);
    const roleOf = (userId: string) => detail.body.workspace.members.find((member) => member.userId === userId)?.role;
    expect(roleOf(team.members.teacher!.userId)).toBe('teacher');
    expect(roleOf(team.members.clinician!.userId)).toBe('clinical_therapist');
  });

  it('refuses an invitation accepted by an account whose email is not verified', async () => {
    const created = await manager.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'victim@example.org', role: 'teacher' });
    // Someone who got hold of the link signs up with the invited address they do not own.
    const impostor = apiClient(server.url);
    await impostor.request('POST', '/api/auth/signup', { email: 'victim@example.org', displayName: 'Impostor', password: 'a long enough password' });
    const accept = await impostor.request('POST', `/api/invitations/${secretOfLink(created.body.link)}/accept`);
    expect(accept.status).toBe(403);
    expect(accept.body).toMatchObject({ error: { id: 'email_unverified' } });
    // With mail configured, a case manager cannot vouch for the address instead of the mailed link.
    const vouch = await manager.request('POST', `/api/workspaces/${team.workspaceId}/invitations/${created.body.invitation.id}/confirm-email`);
    expect(vouch.status).toBe(409);
    const detail = await manager.request<{ workspace: { members: MemberView[] } }>('GET', `/api/workspaces/${team.workspaceId}`);
    expect(detail.body.workspace.members.map((member) => member.email)).not.toContain('victim@example.org');
  });

  it('mails nothing but the verification link to an address its account has not verified', async () => {
    const squatter = apiClient(server.url);
    await squatter.request('POST', '/api/auth/signup', { email: 'squatted@example.org', displayName: 'Squatter', password: 'a long enough password' });
    await eventually(() => expect(mailsTo(sink.received, 'squatted@example.org')).toHaveLength(1));
    const created = await manager.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, { email: 'squatted@example.org', role: 'teacher' });
    expect(created.body.mailed).toBe(false);
    const reset = await apiClient(server.url).request('POST', '/api/auth/password-reset', { email: 'squatted@example.org' });
    expect(reset.status).toBe(202);
    // Give any stray mail the time a real one takes: a verified account's reset arrives meanwhile.
    await apiClient(server.url).request('POST', '/api/auth/password-reset', { email: team.members.teacher!.email });
    await eventually(() => expect(mailsTo(sink.received, team.members.teacher!.email)).toHaveLength(1));
    expect(mailsTo(sink.received, 'squatted@example.org')).toHaveLength(1);
  });

  it('answers a reset request alike whether or not the email has an account', async () => {
    const known = await apiClient(server.url).request<{ message: string }>('POST', '/api/auth/password-reset', { email: team.members.parent!.email });
    const unknown = await apiClient(server.url).request<{ message: string }>('POST', '/api/auth/password-reset', { email: 'nobody@example.org' });
    expect(known.status).toBe(unknown.status);
    expect(known.body.message.replace(team.members.parent!.email, 'X')).toBe(unknown.body.message.replace('nobody@example.org', 'X'));
    await eventually(() => expect(mailsTo(sink.received, team.members.parent!.email)).toHaveLength(1));
    expect(mailsTo(sink.received, 'nobody@example.org')).toHaveLength(0);
  });

  it('uses a reset link once, refuses it once expired, and signs out every session', async () => {
    const parent = team.members.parent!;
    const ask = () => apiClient(server.url).request('POST', '/api/auth/password-reset', { email: parent.email });
    await ask();
    await eventually(() => expect(mailsTo(sink.received, parent.email)).toHaveLength(1));
    const token = secretOfLink(linkIn(mailsTo(sink.received, parent.email)[0]!, 'reset-password'));

    const anyone = apiClient(server.url);
    const used = await anyone.request('POST', '/api/auth/password-reset/complete', { token, newPassword: 'a brand new passphrase' });
    expect(used.status).toBe(200);
    expect((await apiClient(server.url, { cookie: parent.cookie }).request('GET', '/api/auth/me')).status).toBe(401);
    const reused = await anyone.request('POST', '/api/auth/password-reset/complete', { token, newPassword: 'an attacker passphrase' });
    expect(reused.status).toBe(410);
    expect(reused.body).toMatchObject({ error: { id: 'link_unusable' } });
    expect((await anyone.request('POST', '/api/auth/signin', { email: parent.email, password: 'a brand new passphrase' })).status).toBe(200);

    await ask();
    await eventually(() => expect(mailsTo(sink.received, parent.email)).toHaveLength(2));
    const second = secretOfLink(linkIn(mailsTo(sink.received, parent.email)[1]!, 'reset-password'));
    await expireLinks(server, 'reset_password', true);
    const late = await anyone.request('POST', '/api/auth/password-reset/complete', { token: second, newPassword: 'too late a passphrase' });
    expect(late.status).toBe(410);
    expect((await anyone.request('POST', '/api/auth/signin', { email: parent.email, password: 'too late a passphrase' })).status).toBe(401);
  });

  it('refuses an expired verification link', async () => {
    const newcomer = apiClient(server.url);
    await newcomer.request('POST', '/api/auth/signup', { email: 'late@example.org', displayName: 'Late', password: 'a long enough password' });
    await eventually(() => expect(mailsTo(sink.received, 'late@example.org')).toHaveLength(1));
    const token = secretOfLink(linkIn(mailsTo(sink.received, 'late@example.org')[0]!, 'verify-email'));
    await expireLinks(server, 'verify_email');
    expect((await newcomer.request('POST', '/api/auth/verify-email', { token })).status).toBe(410);
    expect((await newcomer.request<{ user: { emailVerified: boolean } }>('GET', '/api/auth/me')).body.user.emailVerified).toBe(false);
  });

  it('refuses an expired access token on the API and on sockets', async () => {
    const teacher = apiClient(server.url, { cookie: team.members.teacher!.cookie });
    const created = await teacher.request<{ token: CreatedAccessToken }>('POST', '/api/tokens', { name: 'sync script', expiresInDays: 7 });
    const secret = created.body.token.token;
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await apiClient(server.url).request('GET', '/api/workspaces', undefined, bearer)).status).toBe(200);
    await withServerDatabase(server.dataDir, ({ db }) => db.updateTable('access_tokens').set({ expires_at: past }).where('id', '=', created.body.token.id).execute());
    expect((await apiClient(server.url).request('GET', '/api/workspaces', undefined, bearer)).status).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}?token=${encodeURIComponent(secret)}`)).toBe(401);
    // A lifetime the settings page does not offer (or "never") is refused.
    expect((await teacher.request('POST', '/api/tokens', { name: 'forever', expiresInDays: 100_000 })).status).toBe(400);
  });

  it('needs the current password to change it, and counts those guesses too', async () => {
    const teacher = apiClient(server.url, { cookie: team.members.teacher!.cookie });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await teacher.request('POST', '/api/auth/password', { currentPassword: `guess ${i}`, newPassword: 'taken over password' })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
    expect(statuses.slice(5)).toContain(429);
    expect((await apiClient(server.url).request('POST', '/api/auth/signin', { email: team.members.teacher!.email, password: 'taken over password' })).status).not.toBe(200);
  });
});
