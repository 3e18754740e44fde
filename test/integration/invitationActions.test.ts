import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvitationView } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/** The team page offers Withdraw only where withdrawing works. */
describe('which invitations a person may withdraw', () => {
  let server: TestServer;
  let team: SeededTeam;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const invitationsPath = () => `/api/workspaces/${team.workspaceId}/invitations`;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('says so per invitation, and the answer matches what the server allows', async () => {
    const byManager = await as('manager').request<{ invitation: InvitationView }>('POST', invitationsPath(), { email: 'teacher@example.org', role: 'teacher' });
    const byParent = await as('parent').request<{ invitation: InvitationView }>('POST', invitationsPath(), {
      email: 'ot@clinic.example.org',
      role: 'clinical_therapist',
      consent: { sharedScope: 'Goals and supports', purpose: 'Align clinic and school OT' },
    });
    expect([byManager.status, byParent.status]).toEqual([201, 201]);

    const seenByParent = (await as('parent').request<{ invitations: InvitationView[] }>('GET', invitationsPath())).body.invitations;
    expect(Object.fromEntries(seenByParent.map((invitation) => [invitation.email, invitation.canWithdraw]))).toEqual({
      'teacher@example.org': false,
      'ot@clinic.example.org': true,
    });
    const seenByManager = (await as('manager').request<{ invitations: InvitationView[] }>('GET', invitationsPath())).body.invitations;
    expect(seenByManager.every((invitation) => invitation.canWithdraw === true)).toBe(true);

    expect((await as('parent').request('DELETE', `${invitationsPath()}/${byManager.body.invitation.id}`)).status).toBe(403);
    expect((await as('parent').request('DELETE', `${invitationsPath()}/${byParent.body.invitation.id}`)).status).toBe(204);
  });
});
