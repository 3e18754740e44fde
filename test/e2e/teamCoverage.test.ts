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
});
