import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceLogView } from '../../shared/scheduleApi';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { startTestServer, type TestServer } from '../helpers/testServer';

describe('delivered minutes in the log and in the progress report', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let serviceId: string;
  const api = (name: string, from: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: from.members[name]!.cookie });
  const log = () => `/api/workspaces/${team.workspaceId}/service-log`;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { dana: 'case_manager', priya: 'school_therapist', chen: 'clinical_therapist', alex: 'parent', olive: 'observer' });
    other = await seedTeam(server.services, { stranger: 'case_manager' });
    serviceId = await writePlan(server, team, 'dana', (plan) => plan.services.add({ type: 'ot', provider: 'School OT', frequency: '2 × weekly', duration: '30 min' }, authorOf(team, 'dana')), (plan) => plan.services.list().length === 1);
  });
  afterEach(async () => {
    await server.close();
  });

  it('refuses to log for anyone but the school staff, and anything malformed, losing nothing', async () => {
    const session = { serviceId, date: '2026-03-02', minutes: 30, status: 'delivered' };
    expect((await apiClient(server.url).request('POST', log(), session)).status).toBe(401);
    expect((await api('stranger', other).request('POST', log(), session)).status).toBe(403);
    for (const person of ['olive', 'alex', 'chen']) expect((await api(person).request('POST', log(), session)).status).toBe(403);
    expect((await api('priya').request('POST', log(), { ...session, minutes: 9999 })).status).toBe(400);
    expect((await api('priya').request('POST', log(), { ...session, status: 'skipped' })).status).toBe(400);
    expect((await api('priya').request('POST', log(), { ...session, date: '2026-02-30' })).status).toBe(400);
    expect((await server.services.serviceLog.list(team.workspaceId))).toEqual([]);
  });

  it('states each service’s minutes for the report’s period, with missed sessions not made up', async () => {
    const record = (date: string, status: string, extra: Record<string, unknown> = {}) => api('priya').request<{ entry: { id: string } }>('POST', log(), { serviceId, date, minutes: 30, status, ...extra });
    await record('2026-10-05', 'delivered');
    await record('2026-10-07', 'delivered');
    const missed = await record('2026-10-12', 'missed_provider');
    await record('2026-10-14', 'missed_child');
    await record('2026-10-16', 'make_up', { makeUpFor: missed.body.entry.id });
    await record('2026-11-02', 'delivered');

    const view = await api('olive').request<ServiceLogView>('GET', `${log()}?from=2026-10-01&to=2026-10-31`);
    expect(view.body.totals[0]!.period).toMatchObject({ deliveredMinutes: 90, requiredMinutes: 266 });
    expect(view.body.totals[0]!.missedWithoutMakeUp.map((m) => m.date)).toEqual(['2026-10-14']);

    const response = await fetch(`${server.url}/api/workspaces/${team.workspaceId}/progress/report?from=2026-10-01&to=2026-10-31&format=md`, {
      headers: { cookie: team.members.alex!.cookie, 'sec-fetch-site': 'same-origin' },
    });
    expect(response.status).toBe(200);
    const report = await response.text();
    expect(report).toContain('Services delivered');
    const row = report.split('\n').find((line) => line.includes('School OT'));
    expect(row).toMatch(/Occupational therapy \(School OT\)\s*\|\s*266 min\s*\|\s*\**90 min\**\s*\|\s*1 session/);
  });

  it('requires minutes only from the day a service began, in the log and in the progress report', async () => {
    // Speech begins on Thursday 15 October, halfway through the report's period.
    const speechId = await writePlan(server, team, 'dana', (plan) => plan.services.add({ type: 'speech', provider: 'School SLP', startDate: '2026-10-15', minutesPerWeek: 60 }, authorOf(team, 'dana')), (plan) => plan.services.list().length === 2);
    expect((await api('priya').request('POST', log(), { serviceId: speechId, date: '2026-10-20', minutes: 60, status: 'delivered' })).status).toBe(201);

    const view = await api('olive').request<ServiceLogView>('GET', `${log()}?from=2026-10-01&to=2026-10-31`);
    const speech = view.body.totals.find((totals) => totals.serviceId === speechId)!;
    // 17 days of 15 to 31 October, not the period's 31.
    expect(speech.period).toMatchObject({ deliveredMinutes: 60, requiredMinutes: 146 });
    expect(speech.weeks.map((week) => [week.weekStart, week.requiredMinutes, week.outsideService])).toEqual([
      ['2026-09-28', 0, 'before_start'],
      ['2026-10-05', 0, 'before_start'],
      ['2026-10-12', 34, null],
      ['2026-10-19', 60, null],
      ['2026-10-26', 51, null],
    ]);

    const reportRow = async (from: string, to: string) => {
      const response = await fetch(`${server.url}/api/workspaces/${team.workspaceId}/progress/report?from=${from}&to=${to}&format=md`, {
        headers: { cookie: team.members.alex!.cookie, 'sec-fetch-site': 'same-origin' },
      });
      expect(response.status).toBe(200);
      return (await response.text()).split('\n').find((line) => line.includes('School SLP'));
    };
    expect(await reportRow('2026-10-01', '2026-10-31')).toMatch(/Speech and language therapy \(School SLP\)\s*\|\s*146 min\s*\|\s*\*\*60 min\*\*\s*\|\s*None/);
    // Over September, before it began, nothing was owed and nothing reads as short.
    expect(await reportRow('2026-09-01', '2026-09-30')).toMatch(/Speech and language therapy \(School SLP\)\s*\|\s*0 min\s*\|\s*0 min\s*\|\s*None/);
  });
});
