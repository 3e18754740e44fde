import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultStaticDir } from '../../server/main';
import { launchBrowser } from '../helpers/browser';
import { openPageAs } from '../helpers/browserSession';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/** Two people in two browsers typing into the same plan, as in an IEP meeting. */
describe('co-editing in the browser', () => {
  let server: TestServer;
  let browser: Browser;
  let team: SeededTeam;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const openPlanAs = (person: string): Promise<Page> => openPageAs(browser, server, team, person, `/w/${team.workspaceId}/plan`, { contexts });

  it('shows each person the other’s text and caret name', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    const alex = await openPlanAs('Alex Moreno');
    // "From home" is a rich-text field of the plan that both can edit.
    const danaEditor = dana.getByRole('textbox', { name: 'What the family sees at home' });
    const alexEditor = alex.getByRole('textbox', { name: 'What the family sees at home' });

    await danaEditor.click();
    await dana.keyboard.type('Maya will write her first name legibly. ');
    await alexEditor.click();
    await alex.keyboard.press('End');
    await alex.keyboard.type('At home she practises with chalk.');

    for (const [page, editor] of [[dana, danaEditor], [alex, alexEditor]] as const) {
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('Maya will write her first name legibly.');
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('At home she practises with chalk.');
      expect(page.url()).toContain('/plan');
    }
    // Who is here, by name, on both screens.
    await expect.poll(() => dana.locator('[data-testid="presence"]').innerText()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('[data-testid="presence"]').innerText()).toContain('Dana Ortiz');
    // The other person's caret carries their name.
    await expect.poll(() => dana.locator('.collaboration-carets__label').allInnerTexts()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('.collaboration-carets__label').allInnerTexts()).toContain('Dana Ortiz');
  });
});
