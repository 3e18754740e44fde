import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/closeCodes';
import { planDoc, ProgressDoc, type Author } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { setRaw } from '../helpers/forge';
import { watchHealth, type HealthWatch } from '../helpers/healthWatch';
import { authorOf, seedDataDir, type SeededTeam } from '../helpers/seed';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

interface StoredGoal {
  readonly target: string;
  readonly createdBy: Author | null;
}

/** Issue 10, item 2: nobody can put words in a colleague's mouth, by any route through Yjs. */
describe('forged authorship over the socket', () => {
  let dataDir: string;
  let server: SpawnedServer;
  let team: SeededTeam;
  let health: HealthWatch;
  const clients: CollabClient[] = [];
  const open = (name: string, doc: string) => {
    const client = connectClient(server.wsUrl, doc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  };
  const closeCodeOf = (client: CollabClient) =>
    new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
  const storedGoals = async () =>
    (await apiClient(server.url, { cookie: team.members.manager!.cookie }).request<{ plan: { goals: StoredGoal[] } }>('GET', `/api/workspaces/${team.workspaceId}/plan`)).body.plan.goals;
  const storedPoints = async () => {
    const reader = open('manager', `${team.workspaceId}/progress`);
    await reader.synced;
    return new ProgressDoc(reader.doc).list();
  };

  // The server runs in its own process: only its answers are timed, not this test's clients.
  beforeEach(async () => {
    dataDir = makeTempDir();
    team = await seedDataDir(dataDir, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    server = await spawnServer({ DATA_DIR: dataDir }, { compiled: true });
    health = watchHealth(server);
  });
  afterEach(async () => {
    const summary = await health.stop();
    for (const client of clients.splice(0)) client.destroy();
    await server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('refuses a progress point recorded in the parent’s name through ContentJSON', async () => {
    const teacher = open('teacher', `${team.workspaceId}/progress`);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    const forged = { goalId: 'g1', date: '2026-11-02', value: 90, setting: 'home', note: '', recordedBy: authorOf(team, 'parent'), recordedAt: '2026-11-02T10:00:00Z' };
    setRaw(teacher.doc.getMap('points'), 'p_forged', new Y.ContentJSON([forged]));
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect(await storedPoints()).toEqual([]);
  });

  it('refuses a goal whose createdBy names another member through ContentJSON', async () => {
    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    teacher.doc.transact(() => {
      const goal = new Y.Map<unknown>();
      teacher.doc.getMap('goals').set('g_forged', goal);
      goal.set('id', 'g_forged');
      goal.set('order', 'V');
      goal.set('area', 'self_care');
      setRaw(goal, 'createdBy', new Y.ContentJSON([authorOf(team, 'parent')]));
    });
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect(await storedGoals()).toEqual([]);
  });

  it('refuses a goal that shows another member’s name with the sender’s own id', async () => {
    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    planDoc(teacher.doc).goals.add({ area: 'communication', target: 'Forged name' }, { ...authorOf(team, 'teacher'), name: 'parent' });
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect(await storedGoals()).toEqual([]);
  });

  it('never lets anyone overwrite or delete an existing createdBy', async () => {
    const manager = open('manager', team.planDoc);
    await manager.synced;
    const goalId = planDoc(manager.doc).goals.add({ area: 'fine_motor', target: 'Tripod grip' }, authorOf(team, 'manager'));
    await eventually(async () => expect(await storedGoals()).toHaveLength(1));

    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    (teacher.doc.getMap('goals').get(goalId) as Y.Map<unknown>).set('createdBy', authorOf(team, 'teacher'));
    expect(await closed).toBe(CloseCodes.updateRejected.code);

    const again = open('teacher', team.planDoc);
    await again.synced;
    const closedAgain = closeCodeOf(again);
    (again.doc.getMap('goals').get(goalId) as Y.Map<unknown>).delete('createdBy');
    expect(await closedAgain).toBe(CloseCodes.updateRejected.code);

    const goals = await storedGoals();
    expect(goals.map((goal) => goal.createdBy?.name)).toEqual(['manager']);
  });

  it('refuses formatting outside rich text, and keeps ordinary editing working', async () => {
    const teacher = open('teacher', team.planDoc);
    await teacher.synced;
    const goalId = planDoc(teacher.doc).goals.add({ area: 'sensory', target: 'Uses a cushion' }, authorOf(team, 'teacher'));
    planDoc(teacher.doc).goals.text(goalId, 'target')!.insert(0, 'Calmly ');
    await eventually(async () => expect((await storedGoals()).map((goal) => goal.target)).toEqual(['Calmly Uses a cushion']));

    const closed = closeCodeOf(teacher);
    planDoc(teacher.doc).goals.text(goalId, 'target')!.format(0, 6, { bold: true });
    expect(await closed).toBe(CloseCodes.updateRejected.code);
    expect((await storedGoals()).map((goal) => goal.createdBy?.name)).toEqual(['teacher']);
  });
});
