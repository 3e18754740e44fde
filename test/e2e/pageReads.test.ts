import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';

/**
 * The page a person opens carries the answers to the reads it starts with (server/http/
 * pageReads.ts): on a slow link each of those was a round trip after the page's code had run.
 * What a person would notice if that broke: the list or the plan waiting for reads the page
 * already had, or, worse, a list that stays as it was when the page first opened.
 */
describe('reads answered inside the page', () => {
  // A budget no busy test machine misses: these tests are about the page using its answers;
  // what a page does when its reads are late has its own test (test/integration/pageReads.test.ts).
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager' }, undefined, { pageReadsBudgetMs: 10_000 });

  /** A page signed in as Dana, listing the API reads it makes (path and query). */
  const danaPage = async (): Promise<{ page: Page; reads: string[] }> => {
    const context = await suite.browser.newContext();
    const [name, value] = suite.team.members['Dana Ortiz']!.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: suite.server.url, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    const reads: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.method() === 'GET' && url.pathname.startsWith('/api/')) reads.push(url.pathname + url.search);
    });
    return { page, reads };
  };

  it('shows the student list without asking for the session or the list again', async () => {
    const { page, reads } = await danaPage();
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('link', { name: /^Sam Example/ }).waitFor();
    expect(reads).not.toContain('/api/auth/me');
    expect(reads).not.toContain('/api/workspaces');
    await page.context().close();
  });

  it('opens the plan without reading its workspace again', async () => {
    const { page, reads } = await danaPage();
    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    expect(reads).not.toContain(`/api/workspaces/${suite.team.workspaceId}`);
    expect(reads).not.toContain('/api/auth/me');
    await page.context().close();
  });

  it('uses each answer once: back on the list from inside the app, a student added since is there', async () => {
    const { page, reads } = await danaPage();
    await page.goto(`${suite.server.url}/`);
    await page.getByRole('link', { name: /^Sam Example/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sam Example' }).waitFor();
    await suite.server.services.workspaces.create(suite.team.members['Dana Ortiz']!.userId, { studentName: 'Noor Later', gradeOrBirthDate: '', school: '' });
    await page.getByRole('link', { name: 'Bridgeplan' }).click();
    await page.getByRole('link', { name: /^Noor Later/ }).waitFor();
    expect(reads).toContain('/api/workspaces');
    await page.context().close();
  });

  it('shows the sign-in page to someone signed out without asking the server anything, or opening a socket', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const reads: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) reads.push(new URL(request.url()).pathname);
    });
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    // A plan's address: signed in, the page would read its workspace and open its sockets at once.
    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await page.locator('input[type="password"]').waitFor();
    expect(reads).toEqual([]);
    expect(sockets).toEqual([]);
    await context.close();
  });
});
