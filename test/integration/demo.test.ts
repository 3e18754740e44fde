import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCompleteness, missingRequired } from '../../shared/completeness';
import { progressDocName } from '../../shared/docName';
import { ProgressDoc } from '../../shared/schema';
import type { ScheduleWeekView } from '../../shared/scheduleApi';
import { apiClient } from '../helpers/apiClient';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';

const projectRoot = path.resolve(__dirname, '..', '..');

/** `npm run demo`, as someone trying Bridgeplan runs it: into an empty data folder, twice. */
function seedDemo(dataDir: string) {
  return spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/demo.ts'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
  });
}

describe('the demo team', () => {
  let server: TestServer;

  beforeAll(async () => {
    const dataDir = makeTempDir('bridgeplan-demo-');
    const first = seedDemo(dataDir);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    // Running it again reuses everything: one team, one plan, one meeting.
    expect(seedDemo(dataDir).status).toBe(0);
    server = await startTestServer({ dataDir });
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  const signIn = async (email: string) => {
    const api = apiClient(server.url);
    expect((await api.request('POST', '/api/auth/signin', { email, password: 'bridgeplan-demo' })).status).toBe(200);
    return api;
  };

  it('opens on a draft plan written by the whole team, with what the meeting must still settle', async () => {
    const parent = await signIn('parent@demo.bridgeplan.test');
    const { body } = await parent.request<{ workspaces: Array<{ id: string; studentName: string; timeZone: string }> }>('GET', '/api/workspaces');
    expect(body.workspaces.map((workspace) => workspace.studentName)).toEqual(['Maya Moreno']);
    const workspace = body.workspaces[0]!;
    expect(workspace.timeZone).toBe('America/Chicago');

    const plan = await server.services.documents.readPlan(workspace.id);
    expect(plan.goals.map((goal) => [goal.area, goal.createdBy?.name])).toEqual([
      ['reading', 'Sam Lee'],
      ['fine_motor', 'Priya Nair'],
    ]);
    expect(plan.supports.map((support) => support.createdBy?.name)).toEqual(['Sam Lee', 'Priya Nair', 'Jordan Blake']);
    expect(JSON.stringify(plan.parentInput)).toContain('Maya loves stories');
    // Left for the meeting: where Maya learns, state tests, summer services, special factors.
    const missing = missingRequired(checkCompleteness(plan)).map((item) => item.id);
    expect(missing).toEqual(['iep.placement', 'iep.assessments', 'iep.extendedSchoolYear', 'iep.specialFactors']);
    // The week beside it: the two conflicts the team is meant to settle, and no others.
    const week = await parent.request<{ week: ScheduleWeekView }>('GET', `/api/workspaces/${workspace.id}/schedule/week`);
    expect(week.body.week.conflicts.map((conflict) => conflict.kind).sort()).toEqual(['protected', 'travel']);
    // The plan's History says who wrote what, as if each had typed it.
    const history = await parent.request<{ entries: Array<{ name: string }> }>('GET', `/api/workspaces/${workspace.id}/history`);
    expect(new Set(history.body.entries.map((entry) => entry.name))).toEqual(new Set(['Dana Ortiz', 'Sam Lee', 'Priya Nair', 'Jordan Blake', 'Alex Moreno']));
  });

  it('shows eight weeks of data on both goals, from school, the clinic and home', async () => {
    const workspaceId = (await server.services.workspaces.listForUser((await server.services.users.findByEmail('parent@demo.bridgeplan.test'))!.id))[0]!.id;
    const plan = await server.services.documents.readPlan(workspaceId);
    const doc = await server.services.documents.loadDoc(progressDocName(workspaceId));
    try {
      const progress = new ProgressDoc(doc);
      const [reading, fineMotor] = plan.goals;
      expect(progress.measure(reading!.id)).toMatchObject({ kind: 'count', baseline: 42, target: 65 });
      const settingsOf = (goalId: string) => [...new Set(progress.list(goalId).map((point) => point.setting))].sort();
      expect(settingsOf(reading!.id)).toEqual(['home', 'school']);
      expect(settingsOf(fineMotor!.id)).toEqual(['clinic', 'school']);
      expect(progress.list()).toHaveLength(32);
      // The newest points are from this week, so the charts end today rather than months ago.
      const newest = progress.list().at(-1)!.date;
      expect(Date.now() - Date.parse(`${newest}T12:00:00Z`)).toBeLessThan(8 * 86_400_000);
    } finally {
      doc.destroy();
    }
  });

  it('has the annual meeting on the plan’s meeting date, after school, with its agenda', async () => {
    const manager = await signIn('case.manager@demo.bridgeplan.test');
    const { body } = await manager.request<{ workspaces: Array<{ id: string }> }>('GET', '/api/workspaces');
    const workspaceId = body.workspaces[0]!.id;
    const meetings = await server.services.meetings.list(workspaceId);
    expect(meetings.map((meeting) => meeting.title)).toEqual(['Annual IEP meeting']);
    const plan = await server.services.documents.readPlan(workspaceId);
    const startsAt = new Date(meetings[0]!.startsAt);
    expect(startsAt.toLocaleString('en-US', { timeZone: 'America/Chicago', dateStyle: 'short', timeStyle: 'short' })).toBe(
      `${new Date(`${plan.dates.meetingDate}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', dateStyle: 'short' })}, 3:30 PM`,
    );
    const content = await server.services.documents.readMeeting(workspaceId, meetings[0]!.id);
    expect(content.agenda.map((item) => item.text)).toContain('Reading and handwriting goals');
    expect(content.agenda).toHaveLength(5);
  });
});
