import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import type { CreatedInvitation } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient } from '../helpers/collabClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { startMailSink } from '../helpers/mailSink';

describe('invitations and consent', () => {
  let server: TestServer;
  let team: SeededTeam;
  let manager: ApiClient;
  let parent: ApiClient;

  const signUp = async (email: string): Promise<ApiClient> => {
    const api = apiClient(server.url);
    const response = await api.request('POST', '/api/auth/signup', { email, displayName: email.split('@')[0], password: 'a long enough password' });
    expect(response.status).toBe(201);
    return api;
  };
  const invite = (by: ApiClient, body: Record<string, unknown>) =>
    by.request<CreatedInvitation>('POST', `/api/workspaces/${team.workspaceId}/invitations`, body);
  const secretOf = (link: string) => link.split('/invite/')[1]!;
  /** Without a mail server, the case manager confirms the invited person's email in person. */
  const confirmInPerson = async (invitationId: string) => {
    const confirmed = await manager.request('POST', `/api/workspaces/${team.workspaceId}/invitations/${invitationId}/confirm-email`);
    expect(confirmed.status).toBe(200);
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent' });
    manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    parent = apiClient(server.url, { cookie: team.members.parent!.cookie });
  });
  afterEach(async () => {
    await server.close();
  });

  it('lets the invited person join once, with the invited role', async () => {
    const created = await invite(manager, { email: 'grandma@example.org', role: 'parent' });
    expect(created.status).toBe(201);
    expect(created.body.link).toMatch(new RegExp(`^${server.url}/invite/inv_`));
    const secret = secretOf(created.body.link);

    const grandma = await signUp('grandma@example.org');
    const preview = await grandma.request<{ invitation: { studentName: string; status: string } }>('GET', `/api/invitations/${secret}`);
    expect(preview.body.invitation).toMatchObject({ studentName: 'Sam Example', status: 'pending' });
    await confirmInPerson(created.body.invitation.id);
    const accepted = await grandma.request('POST', `/api/invitations/${secret}/accept`);
    expect(accepted.body).toEqual({ workspaceId: team.workspaceId, role: 'parent' });

    const detail = await grandma.request<{ workspace: { members: { email: string; role: string }[] } }>('GET', `/api/workspaces/${team.workspaceId}`);
    expect(detail.body.workspace.members).toContainEqual(expect.objectContaining({ email: 'grandma@example.org', role: 'parent' }));

    // Reused: the link is single-use.
    const again = await grandma.request('POST', `/api/invitations/${secret}/accept`);
    expect(again.status).toBe(410);
  });

  it('refuses a tampered link, another person’s link and an expired link', async () => {
    const created = await invite(manager, { email: 'teacher2@example.org', role: 'teacher' });
    const secret = secretOf(created.body.link);
    const someoneElse = await signUp('someone@example.org');
    expect((await someoneElse.request('POST', `/api/invitations/${secret.slice(0, -2)}xx/accept`)).status).toBe(404);
    const other = await someoneElse.request('POST', `/api/invitations/${secret}/accept`);
    expect(other.status).toBe(403);
    expect(other.body).toMatchObject({ error: { id: 'invitation_other_email' } });
    // Someone else holding the link does not learn the child's name.
    const peek = await someoneElse.request<{ invitation: { studentName: string | null } }>('GET', `/api/invitations/${secret}`);
    expect(peek.body.invitation.studentName).toBeNull();

    // An invitation whose week has passed (its expiry moved into the past in the database).
    const stale = await invite(manager, { email: 'late@example.org', role: 'teacher' });
    await server.services.data.updateTable('invitations').set({ expires_at: '2020-01-01T00:00:00.000Z' }).where('id', '=', stale.body.invitation.id).execute();
    const late = await signUp('late@example.org');
    const expired = await late.request('POST', `/api/invitations/${secretOf(stale.body.link)}/accept`);
    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ error: { id: 'invitation_expired' } });
  });

  it('mails the link when a mail server is configured, without naming the student', async () => {
    const sink = await startMailSink();
    const mailing = await startTestServer({ smtpUrl: sink.url, mailFrom: 'Bridgeplan <plans@example.org>' });
    try {
      const mailTeam = await seedTeam(mailing.services);
      const cm = apiClient(mailing.url, { cookie: mailTeam.members.manager!.cookie });
      const created = await cm.request<CreatedInvitation>('POST', `/api/workspaces/${mailTeam.workspaceId}/invitations`, { email: 'dad@example.org', role: 'parent' });
      expect(created.body.mailed).toBe(true);
      expect(sink.received).toHaveLength(1);
      expect(sink.received[0]!.to).toEqual(['dad@example.org']);
      const unfolded = sink.received[0]!.raw.replace(/=\r?\n/g, '');
      expect(unfolded).toContain(secretOf(created.body.link));
      expect(unfolded).not.toContain('Sam Example');
      // The link is a secret: it is in the mail, never in the log.
      expect(JSON.stringify(mailing.logs)).not.toContain(secretOf(created.body.link));
    } finally {
      await mailing.close();
      await sink.close();
    }
  });

  it('still answers with the link when mail fails, and says it was not mailed', async () => {
    const broken = await startTestServer({ smtpUrl: 'smtp://127.0.0.1:1' });
    try {
      const brokenTeam = await seedTeam(broken.services);
      const cm = apiClient(broken.url, { cookie: brokenTeam.members.manager!.cookie });
      const created = await cm.request<CreatedInvitation>('POST', `/api/workspaces/${brokenTeam.workspaceId}/invitations`, { email: 'mum@example.org', role: 'parent' });
      expect(created.status).toBe(201);
      expect(created.body.mailed).toBe(false);
      expect(created.body.link).toContain('/invite/');
    } finally {
      await broken.close();
    }
  });

  it('limits the invitations one member sends in an hour, making nothing when it refuses', async () => {
    for (let index = 0; index < 30; index += 1) expect((await invite(manager, { email: `teacher${index}@example.org`, role: 'teacher' })).status).toBe(201);
    const refused = await invite(manager, { email: 'one.more@example.org', role: 'teacher' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    const pending = await manager.request<{ invitations: { email: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/invitations`);
    expect(pending.body.invitations.map((invitation) => invitation.email)).not.toContain('one.more@example.org');
  });

  it('stops inviting one address over and over', async () => {
    // Invited, withdrawn, invited again: the sixth time in an hour is refused.
    for (let index = 0; index < 5; index += 1) {
      const made = await invite(manager, { email: 'grandma@example.org', role: 'parent' });
      expect(made.status).toBe(201);
      expect((await manager.request('DELETE', `/api/workspaces/${team.workspaceId}/invitations/${made.body.invitation.id}`)).status).toBeLessThan(300);
    }
    expect((await invite(manager, { email: 'grandma@example.org', role: 'parent' })).status).toBe(429);
  });

  it('refuses roles the inviter may not hand out', async () => {
    expect((await invite(parent, { email: 'x@example.org', role: 'teacher' })).status).toBe(403);
    const byManager = await invite(manager, { email: 'clinic@example.org', role: 'clinical_therapist', consent: { sharedScope: 'plan', purpose: 'therapy' } });
    expect(byManager.status).toBe(403);
    expect(byManager.body).toMatchObject({ error: { id: 'role_not_invitable' } });
    const noConsent = await invite(parent, { email: 'clinic@example.org', role: 'clinical_therapist' });
    expect(noConsent.status).toBe(400);
  });

  it('records a parent’s consent when they invite the clinic therapist, and revoking it ends access at once', async () => {
    const created = await invite(parent, {
      email: 'ot@clinic.example.org',
      role: 'clinical_therapist',
      consent: { sharedScope: 'Goals, supports and meeting notes of the IEP', purpose: 'Align clinic OT with school OT goals' },
    });
    expect(created.status).toBe(201);
    const clinician = await signUp('ot@clinic.example.org');
    await confirmInPerson(created.body.invitation.id);
    expect((await clinician.request('POST', `/api/invitations/${secretOf(created.body.link)}/accept`)).status).toBe(200);

    const consents = await parent.request<{ consents: { id: string; recipientEmail: string; purpose: string; grantedByName: string }[] }>(
      'GET',
      `/api/workspaces/${team.workspaceId}/consents`,
    );
    expect(consents.body.consents).toHaveLength(1);
    expect(consents.body.consents[0]).toMatchObject({ recipientEmail: 'ot@clinic.example.org', purpose: 'Align clinic OT with school OT goals', grantedByName: 'parent' });

    const cookie = clinician.cookie!;
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`, { cookie, origin: server.url })).toBe(101);
    const tokenResponse = await clinician.request<{ token: { token: string } }>('POST', '/api/tokens', { name: 'sync' });
    const open = connectClient(server.wsUrl, team.planDoc, { params: { token: tokenResponse.body.token.token } });
    await open.synced;
    const closed = new Promise<number>((resolve) => open.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));

    // The case manager cannot withdraw a parent's consent; the parent can.
    expect((await manager.request('POST', `/api/workspaces/${team.workspaceId}/consents/${consents.body.consents[0]!.id}/revoke`)).status).toBe(403);
    expect((await parent.request('POST', `/api/workspaces/${team.workspaceId}/consents/${consents.body.consents[0]!.id}/revoke`)).status).toBe(204);
    expect(await closed).toBe(CloseCodes.forbidden.code);
    open.destroy();
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`, { cookie, origin: server.url })).toBe(403);
    expect((await clinician.request('GET', `/api/workspaces/${team.workspaceId}`)).status).toBe(403);

    const audit = await manager.request<{ events: { action: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/audit`);
    const actions = audit.body.events.map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['consent.granted', 'member.invited', 'member.joined', 'consent.revoked', 'member.removed']));
  });

  it('withdraws a pending invitation when its consent is revoked', async () => {
    const created = await invite(parent, {
      email: 'slp@clinic.example.org',
      role: 'clinical_therapist',
      consent: { sharedScope: 'Communication goals', purpose: 'Coordinate speech therapy' },
    });
    const consents = await parent.request<{ consents: { id: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/consents`);
    await parent.request('POST', `/api/workspaces/${team.workspaceId}/consents/${consents.body.consents[0]!.id}/revoke`);
    const clinician = await signUp('slp@clinic.example.org');
    expect((await clinician.request('POST', `/api/invitations/${secretOf(created.body.link)}/accept`)).status).toBe(410);
  });
});
