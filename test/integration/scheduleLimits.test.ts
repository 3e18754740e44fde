import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScheduleWeekView } from '../../shared/scheduleApi';
import { addDays, clockToMinute, mondayOf, todayIn } from '../../shared/scheduleTime';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { startTestServer, type TestServer } from '../helpers/testServer';

describe('each setting’s hours in the team limits', () => {
  let server: TestServer;
  let team: SeededTeam;
  let other: SeededTeam;
  let serviceId: string;
  const api = (name: string, from: SeededTeam = team): ApiClient => apiClient(server.url, { cookie: from.members[name]!.cookie });
  const path = (rest: string) => `/api/workspaces/${team.workspaceId}/schedule${rest}`;
  const tuesday = addDays(mondayOf(todayIn('America/Chicago')), 1);

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { dana: 'case_manager', priya: 'school_therapist', chen: 'clinical_therapist', alex: 'parent' });
    other = await seedTeam(server.services, { stranger: 'case_manager' });
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    serviceId = await writePlan(server, team, 'dana', (plan) => plan.services.add({ type: 'ot', frequency: '1 × weekly', duration: '45 min' }, authorOf(team, 'dana')), (plan) => plan.services.list().length === 1);
  });
  afterEach(async () => {
    await server.close();
  });

  it('lets only the case manager set them, refuses hours that close before they open, and suggests slots inside them', async () => {
    expect((await apiClient(server.url).request('PATCH', path('/settings'), { clinicStart: '09:00' })).status).toBe(401);
    expect((await api('stranger', other).request('PATCH', path('/settings'), { clinicStart: '09:00' })).status).toBe(403);
    expect((await api('chen').request('PATCH', path('/settings'), { clinicStart: '09:00' })).status).toBe(403);
    const backwards = await api('dana').request<{ error: { id: string } }>('PATCH', path('/settings'), { clinicStart: '19:00' });
    expect([backwards.status, backwards.body.error.id]).toEqual([400, 'invalid_window']);
    expect((await api('dana').request('PATCH', path('/settings'), { homeEnd: '25:00' })).status).toBe(400);
    expect((await api('dana').request('PATCH', path('/settings'), { clinicStart: '16:00', clinicEnd: '18:00' })).status).toBe(200);

    // The clinic appointment lands on school OT; its suggested moves stay within clinic hours.
    const ot = { kind: 'school_service', serviceId, title: 'School OT', start: `${tuesday}T16:00`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await api('priya').request('POST', path('/sessions'), ot)).status).toBe(201);
    const clinic = { id: 'ses_clinic', kind: 'clinic', title: 'Clinic OT', start: `${tuesday}T16:00`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' };
    expect((await api('chen').request('POST', path('/sessions'), clinic)).status).toBe(201);
    const week = (await api('dana').request<{ week: ScheduleWeekView }>('GET', path(`/week?date=${tuesday}`))).body.week;
    const overlap = week.conflicts.find((c) => c.kind === 'overlap')!;
    const clinicMoves = overlap.suggestions.filter((slot) => slot.sessionId === 'ses_clinic');
    expect(clinicMoves.length).toBeGreaterThan(0);
    for (const slot of clinicMoves) {
      expect(slot.start).toBeGreaterThanOrEqual(clockToMinute('16:00'));
      expect(slot.end).toBeLessThanOrEqual(clockToMinute('18:00'));
    }
  });
});
