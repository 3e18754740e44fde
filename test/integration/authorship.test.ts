import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDoc, ProgressDoc } from '../../shared/schema';
import { CloseCodes } from '../../shared/closeCodes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** Every contribution names who made it; nobody can put words in a colleague's mouth. */
describe('authorship of contributions', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const open = (name: string, doc: string) => {
    const client = connectClient(server.wsUrl, doc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  };
  const closeCodeOf = (client: CollabClient) =>
    new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
  const storedGoals = async () =>
    (await apiClient(server.url, { cookie: team.members.manager!.cookie }).request<{ plan: { goals: { target: string; createdBy: { name: string } }[] } }>(
      'GET',
      `/api/workspaces/${team.workspaceId}/plan`,
    )).body.plan.goals;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('stores a goal that names its real author', async () => {
    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    planDoc(teacher.doc).goals.add({ area: 'communication', target: 'Asks for help' }, authorOf(team, 'teacher'));
    await eventually(async () => expect((await storedGoals()).map((g) => g.createdBy.name)).toEqual(['teacher']));
  });

  it('refuses a goal that claims another member wrote it, and a role the author does not have', async () => {
    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    planDoc(teacher.doc).goals.add({ area: 'self_care', target: 'Forged words' }, authorOf(team, 'parent'));
    expect(await closed).toBe(CloseCodes.updateRejected.code);

    const again = open('teacher', team.planDoc);
    await again.synced;
    const closedAgain = closeCodeOf(again);
    planDoc(again.doc).goals.add({ area: 'self_care', target: 'Claims to be the case manager' }, { ...authorOf(team, 'teacher'), role: 'case_manager' });
    expect(await closedAgain).toBe(CloseCodes.updateRejected.code);
    expect(await storedGoals()).toEqual([]);
  });

  it('refuses a data point recorded in someone else’s name', async () => {
    const parent = open('parent', `${team.workspaceId}/progress`);
    await parent.synced;
    const closed = closeCodeOf(parent);
    new ProgressDoc(parent.doc).add({ goalId: 'g1', date: '2026-11-02', value: 90, setting: 'school' }, authorOf(team, 'teacher'));
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    const reader = open('manager', `${team.workspaceId}/progress`);
    await reader.synced;
    expect(new ProgressDoc(reader.doc).list()).toEqual([]);
  });
});
