import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';

/**
 * A teacher types while offline, and is taken off the team before they reconnect: their words
 * never reached the team and can no longer be sent, so the page holds them out to copy.
 */
describe('access ended with words unsent', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher' });

  it('shows the words typed offline to copy when the person was removed meanwhile', async () => {
    const sam = await suite.open('Sam Lee', '/plan');
    const school = sam.getByRole('textbox', { name: 'School', exact: true });
    await school.waitFor();
    await sam.context().setOffline(true);
    await school.fill('Lincoln Elementary, room 12');
    await school.press('Tab');

    const manager = apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie });
    expect((await manager.request('DELETE', `/api/workspaces/${suite.team.workspaceId}/members/${suite.team.members['Sam Lee']!.userId}`)).status).toBeLessThan(300);

    await sam.context().setOffline(false);
    const dialog = sam.getByRole('dialog', { name: 'Your access to this plan ended' });
    await dialog.waitFor({ timeout: 20_000 });
    expect(await dialog.getByTestId('unsent-text').inputValue()).toContain('Lincoln Elementary, room 12');
    await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
    await dialog.waitFor({ state: 'detached' });
  });
});
