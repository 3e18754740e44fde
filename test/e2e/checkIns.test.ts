import { describe, expect, it } from 'vitest';
import { useBrowserTeam } from '../helpers/browserSession';

/**
 * The case manager adds a monthly team check-in from the week; the school therapist opens
 * this month's occurrence and lands in its own meeting, the same one the case manager opens.
 */
describe('recurring check-ins from the week', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist' }, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
  });

  it('adds a monthly check-in and opens one occurrence as one meeting for everyone', async () => {
    const dana = await suite.open('Dana Ortiz', '/schedule');
    const form = dana.locator('form.add-session__form');
    await form.getByLabel('Kind').selectOption('check_in');
    await form.getByLabel('Title').fill('Monthly team check-in');
    await form.getByLabel('Day').selectOption({ index: 2 });
    await form.getByLabel('Starts').fill('16:00');
    await form.getByLabel('Minutes').fill('30');
    await form.getByLabel('Repeats').selectOption('monthly');
    await form.getByRole('button', { name: 'Add' }).click();

    const priya = await suite.open('Priya Nair', '/schedule');
    const open = priya.getByTestId('open-occurrence-meeting');
    await open.waitFor({ timeout: 15_000 });
    expect(await open.getAttribute('aria-label')).toMatch(/^Open the meeting: Monthly team check-in, /);
    await open.click();
    await priya.waitForURL(/\/meeting\/m_/);
    const meetingPath = new URL(priya.url()).pathname;
    await dana.screenshot({ path: 'test-results/check-in-week.png', fullPage: true });
    await priya.getByText('Monthly team check-in').first().waitFor();

    await dana.getByTestId('open-occurrence-meeting').click();
    await dana.waitForURL(/\/meeting\/m_/);
    expect(new URL(dana.url()).pathname).toBe(meetingPath);
    expect((await suite.server.services.meetings.list(suite.team.workspaceId)).map((m) => m.kind)).toEqual(['check_in']);
  });
});
