import { expect } from 'vitest';
import type { CreatedInvitation, VersionView } from '../../shared/api';
import { planDoc, type ThreadAnchor } from '../../shared/schema';
import { apiClient, type ApiClient } from './apiClient';
import { connectClient, type CollabClient } from './collabClient';
import { writeCompletePlan } from './completePlan';
import { authorOf, seedTeam, testPassword, type SeededTeam } from './seed';
import type { TestServer } from './testServer';
import { eventually } from './waitFor';

export interface PopulatedInstallation {
  readonly team: SeededTeam;
  /** The plan as its editor last saw it (the schema's JSON view). */
  readonly plan: unknown;
  readonly versionId: string;
  /** The live editor, still connected: destroy it before stopping the server. */
  readonly editor: CollabClient;
}

const goalAnchor: ThreadAnchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: 'g1' }, label: 'Goal: pencil grip' };

/**
 * A school's installation in use, made through the running server as people make it: a team
 * with members, a plan typed over a WebsocketProvider, an accepted invitation with a parent's
 * consent and a pending one, a meeting, a comment thread, a version signed by everyone who
 * had to sign (so agreed), and the audit rows all of that leaves.
 */
export async function populateInstallation(server: TestServer): Promise<PopulatedInstallation> {
  const team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const workspacePath = `/api/workspaces/${team.workspaceId}`;

  const editor = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
  await editor.synced;
  writeCompletePlan(planDoc(editor.doc), authorOf(team, 'teacher'));
  const plan = JSON.parse(JSON.stringify(planDoc(editor.doc).snapshot())) as unknown;
  await eventually(async () => expect((await as('manager').request<{ plan: unknown }>('GET', `${workspacePath}/plan`)).body.plan).toEqual(plan));

  const proposed = await as('manager').request<{ version: VersionView }>('POST', `${workspacePath}/versions`, { title: 'Annual IEP, November 2026' });
  expect(proposed.status).toBe(201);
  const version = proposed.body.version;
  for (const name of ['manager', 'teacher', 'parent']) {
    const signed = await as(name).request<{ version: VersionView }>('POST', `${workspacePath}/versions/${version.id}/signatures`, {
      decision: 'agree',
      versionHash: version.hash,
      statement: '',
      typedName: `${name} Fullname`,
      password: testPassword,
    });
    expect(signed.status).toBe(201);
    if (name === 'parent') expect(signed.body.version.status).toBe('agreed');
  }
  const invited = await as('parent').request<CreatedInvitation>('POST', `${workspacePath}/invitations`, {
    email: 'ot@clinic.example.org',
    role: 'clinical_therapist',
    consent: { sharedScope: 'Goals, supports and meeting notes of the IEP', purpose: 'Align clinic OT with school OT goals' },
  });
  expect(invited.status).toBe(201);
  const clinician = apiClient(server.url);
  expect((await clinician.request('POST', '/api/auth/signup', { email: 'ot@clinic.example.org', displayName: 'Clinic OT', password: testPassword })).status).toBe(201);
  expect((await as('manager').request('POST', `${workspacePath}/invitations/${invited.body.invitation.id}/confirm-email`)).status).toBe(200);
  expect((await clinician.request('POST', `/api/invitations/${invited.body.link.split('/invite/')[1]!}/accept`)).status).toBe(200);
  expect((await as('manager').request('POST', `${workspacePath}/invitations`, { email: 'grandma@example.org', role: 'parent' })).status).toBe(201);

  expect((await as('manager').request('POST', `${workspacePath}/meetings`, { kind: 'check_in', title: 'Monthly check-in', startsAt: '2026-12-01T15:00:00.000Z' })).status).toBe(201);
  expect((await as('teacher').request('POST', `${workspacePath}/threads`, { anchor: goalAnchor, body: 'Could we add a home routine for this?' })).status).toBe(201);

  return { team, plan, versionId: version.id, editor };
}
