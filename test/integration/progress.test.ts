import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planDoc, ProgressDoc } from '../../shared/schema';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';


describe('progress data through the server', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const open = (name: string) => {
    const client = connectClient(server.wsUrl, `${team.workspaceId}/progress`, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', ot: 'school_therapist', parent: 'parent', observer: 'observer' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('keeps every point recorded at once from school and home', async () => {
    const ot = open('ot');
    const parent = open('parent');
    await Promise.all([ot.synced, parent.synced]);
    for (let day = 1; day <= 20; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`;
      new ProgressDoc(ot.doc).add({ goalId: 'g1', date, value: 30 + day, setting: 'school' }, authorOf(team, 'ot'));
      new ProgressDoc(parent.doc).add({ goalId: 'g1', date, value: 50 + day, setting: 'home' }, authorOf(team, 'parent'));
    }
    await eventually(() => {
      expect(new ProgressDoc(ot.doc).list('g1')).toHaveLength(40);
      expect(new ProgressDoc(parent.doc).list('g1')).toEqual(new ProgressDoc(ot.doc).list('g1'));
    });
  });

  it('lets an observer read the chart but not record', async () => {
    const observer = open('observer');
    await observer.synced;
    new ProgressDoc(observer.doc).add({ goalId: 'g1', date: '2026-11-02', value: 99, setting: 'school' }, authorOf(team, 'observer'));
    observer.provider.disconnect();
    const ot = open('ot');
    await ot.synced;
    new ProgressDoc(ot.doc).add({ goalId: 'g1', date: '2026-11-03', value: 40, setting: 'school' }, authorOf(team, 'ot'));
    const reader = open('manager');
    await eventually(() => expect(new ProgressDoc(reader.doc).list('g1').map((p) => p.value)).toEqual([40]));
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/progress`)).toBe(401);
  });

  it('exports a progress report for a period, with a narrative per goal, for roles that export', async () => {
    const planClient = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(planClient);
    await planClient.synced;
    const goalId = planDoc(planClient.doc).goals.add({ area: 'fine_motor', target: 'Tripod grip in 80% of trials' }, authorOf(team, 'manager'));
    const ot = open('ot');
    await ot.synced;
    const progress = new ProgressDoc(ot.doc);
    progress.setMeasure(goalId, { kind: 'percent', ratingMax: 5, baseline: 20, target: 80, higherIsBetter: true });
    const clinic = authorOf(team, 'ot');
    [30, 45, 60].forEach((value, week) => progress.add({ goalId, date: `2026-10-0${week * 3 + 1}`, value, setting: 'clinic' }, clinic));
    [31, 30, 32].forEach((value, week) => progress.add({ goalId, date: `2026-10-0${week * 3 + 2}`, value, setting: 'school', note: '<b>tired</b>' }, authorOf(team, 'ot')));
    progress.add({ goalId, date: '2026-12-01', value: 90, setting: 'home' }, authorOf(team, 'parent'));

    const url = `${server.url}/api/workspaces/${team.workspaceId}/progress/report?from=2026-10-01&to=2026-10-31&format=md`;
    const headers = { cookie: team.members.parent!.cookie, 'sec-fetch-site': 'same-origin' };
    let report = '';
    await eventually(async () => {
      const response = await fetch(url, { headers });
      expect(response.status).toBe(200);
      report = await response.text();
      expect(report).toContain('6 observations were recorded');
    });
    expect(report).toContain('Tripod grip in 80% of trials');
    expect(report).toMatch(/improving at the clinic/);
    expect(report).toMatch(/about the same at the school/);
    expect(report).toContain('Progress differs between settings');
    // Outside the period: the December point from home is not in October's report.
    expect(report).not.toContain('90%');
    expect(report).not.toContain('<b>');

    expect((await fetch(url, { headers: { cookie: team.members.observer!.cookie } })).status).toBe(403);
    const bad = await fetch(url.replace('from=2026-10-01', 'from=2026-11-31x'), { headers });
    expect(bad.status).toBe(400);
  });
});
