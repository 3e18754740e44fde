import { afterEach, describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { authorOf, seedDataDir } from '../helpers/seed';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';


describe('the plan as a structured document', () => {
  const servers: SpawnedServer[] = [];
  const clients: CollabClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.kill('SIGKILL');
  });

  it('reads back on the server, after a restart, exactly as a client wrote it', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir, { manager: 'case_manager', teacher: 'teacher' });
    const params = { token: team.members.teacher!.token };
    const first = await spawnServer({ DATA_DIR: dataDir });
    servers.push(first);
    const writer = connectClient(first.wsUrl, team.planDoc, { params });
    clients.push(writer);
    await writer.synced;

    const plan = planDoc(writer.doc);
    const teacher = authorOf(team, 'teacher');
    plan.meta.setTitle('Annual IEP, November 2026');
    const grip = plan.goals.add(
      { area: 'fine_motor', baseline: 'Uses a fisted grasp', target: 'Tripod grip for 10 minutes', measurement: 'Observation, 4 of 5 sessions', description: 'Pencil grip for classroom writing.' },
      teacher,
    );
    const strength = plan.goals.add({ area: 'fine_motor', settings: ['clinic'], target: 'Grip strength up 20%' }, teacher);
    plan.links.add({ goalId: grip, otherGoalId: strength, note: 'Hand strength underpins the grip' }, teacher);
    plan.goals.objectives.add(grip, { text: 'Holds an adapted pencil for 3 minutes' }, teacher);
    plan.supports.add({ kind: 'assistive_technology', title: 'Pencil grip', use: { classroom: { used: true }, home: { used: true, note: 'homework' } } }, teacher);
    plan.services.add({ type: 'ot', provider: 'School OT', frequency: '2x weekly', duration: '30 min', location: 'Resource room', startDate: '2026-12-01' }, teacher);
    plan.parentInput.setPlain('She loves drawing with chalk outside.');
    const written = plan.snapshot();

    const watcher = connectClient(first.wsUrl, team.planDoc, { params });
    clients.push(watcher);
    await eventually(() => expect(planDoc(watcher.doc).snapshot()).toEqual(written));
    await first.kill('SIGKILL');

    const second = await spawnServer({ DATA_DIR: dataDir });
    servers.push(second);
    const api = apiClient(second.url);
    const response = await api.request<{ plan: unknown }>('GET', `/api/workspaces/${team.workspaceId}/plan`, undefined, {
      authorization: `Bearer ${team.members.manager!.token}`,
    });
    expect(response.status).toBe(200);
    expect(response.body.plan).toEqual(JSON.parse(JSON.stringify(written)));
  });

  it('keeps both goals when two people add one at the same moment, and creates no duplicate structure', async () => {
    const dataDir = makeTempDir();
    const team = await seedDataDir(dataDir, { manager: 'case_manager', teacher: 'teacher' });
    const server = await spawnServer({ DATA_DIR: dataDir });
    servers.push(server);
    const a = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    const b = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    clients.push(a, b);
    // Both open the brand-new plan and initialise it before either has heard from the other.
    planDoc(a.doc).init();
    planDoc(b.doc).init();
    planDoc(a.doc).goals.add({ area: 'communication', target: 'Asks for help with words' }, authorOf(team, 'manager'));
    planDoc(b.doc).goals.add({ area: 'self_care', target: 'Buttons own coat' }, authorOf(team, 'teacher'));
    await Promise.all([a.synced, b.synced]);
    await eventually(() => {
      const fromA = planDoc(a.doc).snapshot();
      expect(fromA).toEqual(planDoc(b.doc).snapshot());
      expect(fromA.goals.map((goal) => goal.target).sort()).toEqual(['Asks for help with words', 'Buttons own coat']);
      expect(fromA.presentLevels.map((level) => level.area)).toEqual([...new Set(fromA.presentLevels.map((level) => level.area))]);
    });
  });
});
