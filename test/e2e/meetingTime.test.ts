import { describe, expect, it } from 'vitest';
import type { MeetingSummary } from '../../shared/api';
import { instantOfWallClock } from '../../shared/wallClock';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { eventually } from '../helpers/waitFor';

/**
 * Moving a meeting from its own page: the new time is confirmed first (the whole team is told
 * of it), then the team's list of meetings, reminders and the other open pages all follow.
 */
describe('the meeting’s time and kind on its page', () => {
  let meetingId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' }, async (server, team) => {
    const created = await apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie }).request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'iep_meeting',
      title: 'Spring planning with the clinic',
      startsAt: '2030-03-04T16:00:00.000Z',
    });
    meetingId = created.body.meeting.id;
  });
  const record = () => suite.server.services.meetings.find(suite.team.workspaceId, meetingId) as Promise<MeetingSummary>;

  it('asks before moving the meeting, moves it for everyone once confirmed, and changes its kind and its title', async () => {
    const zone = await suite.server.services.workspaces.timeZone(suite.team.workspaceId);
    const dana = await suite.open('Dana Ortiz', `/meeting/${meetingId}`);
    const alex = await suite.open('Alex Moreno', `/meeting/${meetingId}`);
    const when = (page: typeof dana) => page.getByLabel('Date and time');
    const scheduled = await when(dana).inputValue();
    expect(await when(alex).inputValue()).toBe(scheduled);

    // A new time waits for a confirmation, and can be put back.
    await when(dana).fill('2030-03-11T09:30');
    const move = dana.getByRole('group', { name: 'Move the meeting' });
    await move.getByText(/Move the meeting to .*Mar.* 11, 2030.*9:30.*\? Everyone on the team is told of the new time\./).waitFor();
    await move.getByRole('button', { name: /^Keep / }).click();
    await move.waitFor({ state: 'detached' });
    expect(await when(dana).inputValue()).toBe(scheduled);
    expect((await record()).startsAt).toBe('2030-03-04T16:00:00.000Z');

    await when(dana).fill('2030-03-11T09:30');
    await move.getByRole('button', { name: 'Move the meeting' }).click();
    await move.waitFor({ state: 'detached' });
    await eventually(async () => expect((await record()).startsAt).toBe(instantOfWallClock('2030-03-11T09:30', zone)));
    // The parent's open page follows, and the title the team gave it stays.
    await eventually(async () => expect(await when(alex).inputValue()).toBe('2030-03-11T09:30'));
    expect((await record()).title).toBe('Spring planning with the clinic');

    await dana.getByLabel('Kind of meeting').selectOption('check_in');
    await eventually(async () => expect(await alex.getByLabel('Kind of meeting').inputValue()).toBe('check_in'));
    expect((await record()).kind).toBe('check_in');

    // Renamed from its page: saved with Enter, shown on the parent's page and in Dana's header.
    const title = (page: typeof dana) => page.getByLabel('Title (optional)');
    expect(await title(dana).inputValue()).toBe('Spring planning with the clinic');
    await title(dana).fill('Spring check-in with Dr. Lee');
    await dana.getByRole('group', { name: 'Rename the meeting' }).waitFor();
    await title(dana).press('Enter');
    await eventually(async () => expect(await title(alex).inputValue()).toBe('Spring check-in with Dr. Lee'));
    expect((await record()).title).toBe('Spring check-in with Dr. Lee');
    await dana.getByRole('heading', { level: 1, name: 'Spring check-in with Dr. Lee' }).waitFor();
  });
});
