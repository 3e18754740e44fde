import { describe, expect, it } from 'vitest';
import type { MeetingCoverageView } from '../../shared/api';
import { meetingDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';

/** The case manager says who covers which required participant; the parent only reads it. */
describe('who covers whom at meetings, in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher', 'Alex Moreno': 'parent' });

  it('lets the case manager tick what a member covers, kept after a reload and counted at meetings', async () => {
    const dana = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    const sam = dana.getByTestId('member').filter({ hasText: 'Sam Lee' });
    const covers = sam.getByRole('group', { name: 'Required participants Sam Lee covers' });
    // The role's default: a teacher covers the regular education teacher.
    expect(await covers.getByLabel('Regular education teacher').isChecked()).toBe(true);
    expect(await covers.getByLabel('District representative').isChecked()).toBe(false);
    await covers.getByLabel('District representative').check();
    await covers.getByText('Saved: Sam Lee covers Regular education teacher, District representative.').waitFor();

    await dana.reload();
    const again = dana.getByTestId('member').filter({ hasText: 'Sam Lee' }).getByRole('group', { name: 'Required participants Sam Lee covers' });
    expect(await again.getByLabel('District representative').isChecked()).toBe(true);

    // Counted for a meeting Sam attended.
    const { server, team } = suite;
    const api = apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie });
    const created = await api.request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'iep_meeting', startsAt: '2026-12-01T15:00:00.000Z' });
    await server.services.rooms.change(`${team.workspaceId}/meeting/${created.body.meeting.id}`, (doc) => {
      meetingDoc(doc).attendance.mark({ userId: team.members['Sam Lee']!.userId, name: 'Sam Lee', role: 'teacher' }, 'in_person');
    });
    const coverage = await api.request<{ meetings: MeetingCoverageView[] }>('GET', `/api/workspaces/${team.workspaceId}/team-coverage`);
    expect(coverage.body.meetings[0]!.coverage.find((entry) => entry.participant === 'district_representative')).toMatchObject({ state: 'present', names: ['Sam Lee'] });

    // The parent reads what each member covers but cannot change it.
    const alex = await suite.open('Alex Moreno', '', { waitForConnection: false });
    const samForAlex = alex.getByTestId('member').filter({ hasText: 'Sam Lee' });
    await samForAlex.getByText('Regular education teacher, District representative').waitFor();
    expect(await samForAlex.getByRole('checkbox').count()).toBe(0);
  });

  it('says before the meeting who is expected to cover each required part, and which part nobody on the team covers', async () => {
    const { server, team } = suite;
    const meeting = await server.services.meetings.create(team.workspaceId, { kind: 'iep_meeting', title: 'Annual review', startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }, team.members['Dana Ortiz']!.userId);
    const dana = await suite.open('Dana Ortiz', `/meeting/${meeting.id}`);
    const coverage = dana.getByRole('list', { name: 'Required participants' });
    const line = (participant: string) => coverage.getByRole('listitem').filter({ hasText: `${participant}:` });
    await line('Parent').waitFor();
    expect(await line('Parent').innerText()).toBe('Parent: Alex Moreno, not marked present yet');
    // Nobody on this team interprets evaluations: the case manager must invite someone or record an excusal.
    const interpreter = line('Someone who can interpret evaluation results');
    expect(await interpreter.innerText()).toBe('Someone who can interpret evaluation results: Nobody on the team covers this. Add the person as present, or record an excusal.');
    expect(await interpreter.locator('.iep-state--missing').count()).toBe(1);
    expect(await line('Parent').locator('.iep-state--missing').count()).toBe(0);

    const alex = dana.getByRole('group', { name: 'How Alex Moreno took part' });
    await alex.getByRole('radio', { name: 'Absent' }).check();
    await expect.poll(() => line('Parent').innerText(), { timeout: 10_000 }).toBe('Parent: Missing: Alex Moreno marked absent');
    await alex.getByRole('radio', { name: 'Remote' }).check();
    await expect.poll(() => line('Parent').innerText(), { timeout: 10_000 }).toBe('Parent: Present: Alex Moreno');
  });

  it('dates each meeting in the plan’s team section on the team’s clock, not the server’s', async () => {
    const { server, team } = suite;
    const api = apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie });
    expect((await api.request('PUT', `/api/workspaces/${team.workspaceId}/time-zone`, { timeZone: 'America/Chicago' })).status).toBe(200);
    // 8 PM in Chicago on 10 March is already 11 March in UTC.
    await server.services.meetings.create(team.workspaceId, { kind: 'check_in', title: 'Evening review', startsAt: '2026-03-11T01:00:00.000Z' }, team.members['Dana Ortiz']!.userId);
    const dana = await suite.open('Dana Ortiz', '/plan');
    await dana.getByRole('heading', { name: 'Evening review, Mar 10, 2026' }).waitFor({ timeout: 15_000 });
  });
});
