import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { dropAuditTrigger, withServerDatabase } from '../helpers/serverDatabase';

/** The case manager reads, filters and checks the activity log in the browser. */
describe('the activity log page', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher' });

  it('filters by person and reports the first broken link after a row is deleted in the database', async () => {
    const teacher = apiClient(suite.server.url, { cookie: suite.team.members['Sam Lee']!.cookie });
    await teacher.request('GET', `/api/workspaces/${suite.team.workspaceId}/versions`);
    await teacher.request('GET', `/api/workspaces/${suite.team.workspaceId}/threads`);

    const page = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    await page.getByRole('tab', { name: 'Activity log' }).click();
    const log = page.getByTestId('audit-log');
    await log.locator('li', { hasText: 'Sam Lee' }).filter({ hasText: 'looked at the list of plan versions' }).waitFor();

    await page.getByLabel('Person').selectOption({ label: 'Sam Lee' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect.poll(async () => (await log.locator('li').allInnerTexts()).every((line) => line.includes('Sam Lee'))).toBe(true);
    expect(await log.locator('li').count()).toBe(2);

    await page.getByRole('button', { name: 'Check the log is intact' }).click();
    await page.getByTestId('audit-verification').getByText(/entries are intact/).waitFor();

    // An attacker with the database drops the trigger and deletes the teacher's first read.
    await withServerDatabase(suite.server.dataDir, async (database) => {
      await dropAuditTrigger(database, 'delete');
      await database.db.deleteFrom('audit_events').where('action', '=', 'versions.listed').where('actor_id', '=', suite.team.members['Sam Lee']!.userId).execute();
    });
    await page.getByRole('button', { name: 'Check the log is intact' }).click();
    await page.getByTestId('audit-verification').getByText(/The log was tampered with\. First broken link: entry #\d+/).waitFor();
  });
});
