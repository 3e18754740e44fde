import { describe, expect, it } from 'vitest';
import type { Page, WebSocket } from 'playwright-core';
import { seedTeam } from '../helpers/seed';
import { apiClient } from '../helpers/apiClient';
import { openPageAs, seedGoal, useBrowserTeam } from '../helpers/browserSession';

/**
 * A document page opens its sockets as the app starts, before its own code has loaded, and
 * takes them when it shows (client/collab/earlyConnections.ts). What a person would notice if
 * that broke: the page opening a second socket and waiting for it, the plan not arriving with
 * the socket, or someone without access being retried against the server.
 */
describe('sockets opened as a document page starts', () => {
  let meetingId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' }, async (server, team) => {
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'communication', description: 'Maya asks for help in class.' });
    const created = await apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie }).request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'annual_review',
      title: 'Annual review',
      startsAt: '2026-12-03T16:00:00.000Z',
    });
    meetingId = created.body.meeting.id;
  });

  /** Every socket `page` opens from now on, by the document it names. */
  const recordSockets = (page: Page): Map<string, WebSocket[]> => {
    const byDocument = new Map<string, WebSocket[]>();
    page.on('websocket', (socket) => {
      const name = decodeURIComponent(new URL(socket.url()).pathname.replace(/^\/collab\//, ''));
      byDocument.set(name, [...(byDocument.get(name) ?? []), socket]);
    });
    return byDocument;
  };

  /** A page signed in with `cookie`, recording its sockets from its very first request. */
  const pageAs = async (cookie: string): Promise<{ page: Page; sockets: Map<string, WebSocket[]> }> => {
    const context = await suite.browser.newContext();
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: suite.server.url, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    return { page, sockets: recordSockets(page) };
  };

  it('uses them: one socket per document, and the plan arrives with it', async () => {
    const { page, sockets } = await pageAs(suite.team.members['Priya Nair']!.cookie);
    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await page.getByText('Maya asks for help in class.').first().waitFor();
    const plan = sockets.get(`${suite.team.workspaceId}/plan`) ?? [];
    const comments = sockets.get(`${suite.team.workspaceId}/comments`) ?? [];
    expect(plan.map((socket) => new URL(socket.url()).searchParams.get('fresh'))).toEqual(['1']);
    expect(comments).toHaveLength(1);
    // The person is shown to the others once the page has taken the socket.
    const dana = await suite.open('Dana Ortiz', '/plan');
    await expect.poll(() => dana.locator('[data-testid="presence"]').innerText()).toContain('Priya Nair');
    await page.context().close();
  });

  it('opens the meeting’s socket with the meeting page, and the page uses it', async () => {
    const { page, sockets } = await pageAs(suite.team.members['Priya Nair']!.cookie);
    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/meeting/${meetingId}`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    const meeting = sockets.get(`${suite.team.workspaceId}/meeting/${meetingId}`) ?? [];
    expect(meeting.map((socket) => new URL(socket.url()).searchParams.get('fresh'))).toEqual(['1']);
    await page.context().close();
  });

  it('tries them once for someone outside the team, who is told so and not retried', async () => {
    const outsiders = await seedTeam(suite.server.services, { 'Sam Lee': 'case_manager' });
    const { page, sockets } = await pageAs(outsiders.members['Sam Lee']!.cookie);
    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await page.getByRole('alert').first().waitFor();
    // The provider's own retries would come within a second (100 ms, then 200, 400, ...).
    await page.waitForTimeout(1_500);
    expect(sockets.get(`${suite.team.workspaceId}/plan`) ?? []).toHaveLength(1);
    expect(await page.getByText('Maya asks for help in class.').count()).toBe(0);
    await page.context().close();
  });

  it('keeps the device’s copy of the document once the page has taken its socket, as before', async () => {
    const page = await openPageAs(suite.browser, suite.server, suite.team, 'Dana Ortiz', `/w/${suite.team.workspaceId}/plan`);
    await page.getByText('Maya asks for help in class.').first().waitFor();
    // y-indexeddb keeps a document's updates in a database named after it.
    const storedUpdates = (docName: string) =>
      page.evaluate(
        (name) =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open(name);
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const database = request.result;
              if (!database.objectStoreNames.contains('updates')) return resolve(0);
              const count = database.transaction('updates').objectStore('updates').count();
              count.onsuccess = () => resolve(count.result);
            };
          }),
        docName,
      );
    await expect.poll(() => storedUpdates(`${suite.team.workspaceId}/plan`)).toBeGreaterThan(0);
    await page.context().close();
  });
});
