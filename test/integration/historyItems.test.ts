import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, HistoryResponse } from '../../shared/history';
import { planDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** History lists items added, removed and moved, with who did it and when, beside word changes. */
describe('history of the plan’s lists', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const open = async (name: string) => {
    const client = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    await client.synced;
    return client;
  };
  const history = async (name = 'manager') =>
    (await apiClient(server.url, { cookie: team.members[name]!.cookie }).request<HistoryResponse>('GET', `/api/workspaces/${team.workspaceId}/history`)).body;
  const rows = (entries: readonly HistoryEntry[]) => entries.filter((entry) => entry.kind !== 'edit').map((entry) => [entry.name, entry.kind, entry.label, entry.before, entry.after]);

  beforeEach(async () => {
    server = await startTestServer({ historyIdleMs: 150 });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('records goals, objectives, services, supports and present-level areas added, removed and moved', async () => {
    const manager = await open('manager');
    const teacher = await open('teacher');
    const managerPlan = planDoc(manager.doc);
    const teacherPlan = planDoc(teacher.doc);
    const reading = managerPlan.goals.add({ area: 'reading', description: 'Reads a passage aloud.' }, authorOf(team, 'manager'));
    const writing = managerPlan.goals.add({ area: 'writing', description: 'Writes three sentences.' }, authorOf(team, 'manager'));
    const service = managerPlan.services.add({ type: 'ot', provider: 'School OT' }, authorOf(team, 'manager'));
    await eventually(() => expect(teacherPlan.goals.list().length).toBe(2));
    await eventually(() => expect(teacherPlan.services.list().length).toBe(1));

    teacherPlan.goals.objectives.add(reading, { text: 'Reads 60 words a minute.' }, authorOf(team, 'teacher'));
    teacherPlan.goals.move(writing, 0);
    teacherPlan.supports.add({ kind: 'accommodation', title: 'Extra time on tests' }, authorOf(team, 'teacher'));
    teacherPlan.presentLevels.setShown('other', true);
    teacherPlan.presentLevels.move('communication', 0);
    await eventually(() => expect(managerPlan.goals.list()[0]!.id).toBe(writing));
    managerPlan.services.remove(service);
    managerPlan.presentLevels.setShown('reading', false);

    await eventually(async () => {
      expect(rows((await history()).entries).reverse()).toEqual([
        ['manager', 'added', 'Goal: Reads a passage aloud.', '', 'Reads a passage aloud.'],
        ['manager', 'added', 'Goal: Writes three sentences.', '', 'Writes three sentences.'],
        ['manager', 'added', expect.stringMatching(/^Service/), '', 'School OT'],
        ['teacher', 'added', 'Goal: Reads a passage aloud. · Objective: Reads 60 words a minute.', '', 'Reads 60 words a minute.'],
        ['teacher', 'moved', 'Goal: Writes three sentences.', '2', '1'],
        ['teacher', 'added', 'Support: Extra time on tests', '', 'Extra time on tests'],
        ['teacher', 'added', 'Present levels · Other', '', 'Other'],
        ['teacher', 'moved', 'Present levels · Communication', expect.stringMatching(/^[2-9]$/), '1'],
        ['manager', 'removed', 'Service', 'School OT', ''],
        ['manager', 'removed', 'Present levels · Reading', 'Reading', ''],
      ]);
    });
    const entries = (await history()).entries;
    expect(entries.every((entry) => entry.endedAt >= entry.startedAt && !Number.isNaN(Date.parse(entry.endedAt)))).toBe(true);
    // Members only, as every history read.
    expect((await apiClient(server.url).request('GET', `/api/workspaces/${team.workspaceId}/history`)).status).toBe(401);
  });
});
