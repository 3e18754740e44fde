import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScheduleWeekView } from '../../shared/scheduleApi';
import { seedDemoWeek, type DemoMember } from '../../scripts/demoWeek';
import { apiClient } from '../helpers/apiClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * The week `npm run demo` seeds, read back through the API as the page reads it: every kind of
 * entry a team makes, and the two conflicts the demo is meant to show, explained by the list.
 */
describe('the demo student’s week', () => {
  let server: TestServer;
  let team: SeededTeam;
  const people = { 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher', 'Priya Nair': 'school_therapist', 'Jordan Blake': 'clinical_therapist', 'Alex Moreno': 'parent' } as const;
  const demoTeam = (): DemoMember[] => Object.entries(people).map(([name, role]) => ({ id: team.members[name]!.userId, name, role }));

  beforeAll(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, people);
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
  });
  afterAll(async () => {
    await server.close();
  });

  it('fills this week with school, clinic, home and protected time, with a protected-time and a travel conflict, once however often it runs', async () => {
    expect(await seedDemoWeek(server.services, team.workspaceId, demoTeam())).toBe(6);
    expect(await seedDemoWeek(server.services, team.workspaceId, demoTeam())).toBe(0);

    const parent = apiClient(server.url, { cookie: team.members['Alex Moreno']!.cookie });
    const { body } = await parent.request<{ week: ScheduleWeekView }>('GET', `/api/workspaces/${team.workspaceId}/schedule/week`);
    const { occurrences, conflicts } = body.week;
    expect(new Set(occurrences.map((o) => o.kind))).toEqual(new Set(['school_service', 'clinic', 'home', 'protected']));
    // Speech twice, OT at school once: as many minutes as the plan's services require, so no shortfall.
    expect(occurrences.filter((o) => o.kind === 'school_service').map((o) => [o.title, o.end - o.start])).toEqual([['Speech', 30], ['School OT', 45], ['Speech', 30]]);
    expect(conflicts.map((c) => c.kind).sort()).toEqual(['protected', 'travel']);
    const travel = conflicts.find((c) => c.kind === 'travel')!;
    expect(travel.text).toMatchObject({ key: 'travel', params: { gapMinutes: 15, bufferMinutes: 30 } });
    expect(travel.message).toMatch(/^Only 15 min between School OT at school and Clinic OT at clinic on Thu /);
    expect(travel.people).toEqual(expect.arrayContaining(['Priya Nair', 'Jordan Blake']));
    expect(conflicts.find((c) => c.kind === 'protected')!.message).toMatch(/^Speech \(Tue .*\) falls in protected Reading block\.$/);
  });
});
