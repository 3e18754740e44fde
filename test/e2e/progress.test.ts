import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultStaticDir } from '../../server/main';
import { launchBrowser } from '../helpers/browser';
import { openPageAs, seedGoal } from '../helpers/browserSession';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/** A therapist records a data point; the parent sees it on the goal's chart at once. */
describe('progress monitoring in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let team: SeededTeam;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Alex Moreno': 'parent' });
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'fine_motor', target: 'Tripod grip in 80% of trials' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const openProgressAs = (person: string): Promise<Page> => openPageAs(browser, server, team, person, `/w/${team.workspaceId}/progress`, { contexts });

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
