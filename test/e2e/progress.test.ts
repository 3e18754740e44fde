import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planDoc } from '../../shared/schema';
import { defaultStaticDir } from '../../server/main';
import { apiClient } from '../helpers/apiClient';
import { launchBrowser } from '../helpers/browser';
import { connectClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A therapist records a data point; the parent sees it on the goal's chart at once. */
describe('progress monitoring in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let team: SeededTeam;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Alex Moreno': 'parent' });
    const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members['Dana Ortiz']!.token } });
    await writer.synced;
    planDoc(writer.doc).goals.add(
      { area: 'fine_motor', target: 'Tripod grip in 80% of trials' },
      { userId: team.members['Dana Ortiz']!.userId, name: 'Dana Ortiz', role: 'case_manager', setting: 'school' },
    );
    const api = apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie });
    await eventually(async () => {
      expect((await api.request<{ plan: { goals: unknown[] } }>('GET', `/api/workspaces/${team.workspaceId}/plan`)).body.plan.goals).toHaveLength(1);
    });
    writer.destroy();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function openProgressAs(person: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    const [name, value] = team.members[person]!.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/w/${team.workspaceId}/progress`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    return page;
  }

  it('shows a point recorded in one page on the chart in the other', async () => {
    const priya = await openProgressAs('Priya Nair');
    const alex = await openProgressAs('Alex Moreno');

    const form = priya.locator('form.record').first();
    await form.locator('input[type="number"]').fill('70');
    await form.getByRole('button', { name: 'Save' }).click();
    await priya.getByText(/Saved: 70%/).waitFor();

    const point = alex.locator('.chart__point[aria-label*="70%"]');
    await point.first().waitFor({ timeout: 15_000 });
    expect(await point.first().getAttribute('aria-label')).toContain('recorded by Priya Nair');
  });
});
