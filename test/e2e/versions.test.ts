import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import fs from 'node:fs';
import { planDoc } from '../../shared/schema';
import { defaultStaticDir } from '../../server/main';
import { apiClient } from '../helpers/apiClient';
import { launchBrowser } from '../helpers/browser';
import { connectClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** From the live draft to an agreed, signed plan a parent can download. */
describe('agreeing on a plan in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let team: SeededTeam;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });
    const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members['Dana Ortiz']!.token } });
    await writer.synced;
    planDoc(writer.doc).goals.add(
      { area: 'fine_motor', target: 'Tripod grip for ten minutes', description: 'Maya will hold a pencil with a tripod grip.' },
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

  async function openWorkspaceAs(person: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    const [name, value] = team.members[person]!.cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/w/${team.workspaceId}`);
    await page.getByTestId('versions-panel').waitFor();
    return page;
  }

  async function sign(page: Page): Promise<void> {
    const panel = page.getByTestId('versions-panel');
    await panel.getByRole('button', { name: /^Sign / }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('I agree', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Sign this version' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('proposes a version, takes two signatures, shows it agreed and downloads the PDF', async () => {
    const dana = await openWorkspaceAs('Dana Ortiz');
    const panel = dana.getByTestId('versions-panel');
    await panel.getByRole('button', { name: 'Propose a version' }).click();
    await panel.getByLabel('Title').fill('Annual IEP, November 2026');
    await panel.getByRole('button', { name: 'Propose version 1' }).click();
    await panel.getByText('Annual IEP, November 2026').first().waitFor();

    await sign(dana);
    const alex = await openWorkspaceAs('Alex Moreno');
    await alex.getByTestId('versions-panel').getByText('Your signature is needed on this version.').waitFor();
    await sign(alex);
    await alex.getByTestId('versions-panel').locator('.version-status--agreed').first().waitFor({ timeout: 15_000 });
    expect(await alex.getByTestId('versions-panel').locator('.version-status--agreed').first().innerText()).toContain('Agreed');
    await dana.reload();
    await dana.getByTestId('versions-panel').locator('.version-status--agreed').first().waitFor();

    // The parent downloads the agreed plan as a PDF.
    const alexPanel = alex.getByTestId('versions-panel');
    await alexPanel.getByRole('button', { name: /Download a copy/ }).first().click();
    const [download] = await Promise.all([alex.waitForEvent('download'), alex.getByRole('menuitem', { name: /PDF/ }).first().click()]);
    expect(download.suggestedFilename()).toBe('iep-plan-version-1.pdf');
    const pdf = await PDFDocument.load(fs.readFileSync((await download.path())!));
    expect(pdf.getPageCount()).toBeGreaterThan(0);
    expect(pdf.getTitle()).toBeTruthy();
  });
});
