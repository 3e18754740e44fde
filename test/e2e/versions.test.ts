import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';
import { seedCompletePlan } from '../helpers/completePlan';
import fs from 'node:fs';

/** From the live draft to an agreed, signed plan a parent can download. */
describe('agreeing on a plan in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' },
    (server, team) =>
      seedCompletePlan(server, team, 'Dana Ortiz', 'case_manager', 'Tripod grip for ten minutes'),
  );

  async function openWorkspaceAs(person: string): Promise<Page> {
    const page = await suite.open(person, '', { waitForConnection: false });
    await page.getByTestId('versions-panel').waitFor();
    return page;
  }

  async function sign(page: Page, fullName: string): Promise<void> {
    const panel = page.getByTestId('versions-panel');
    await panel.getByRole('button', { name: /^Sign / }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('I agree', { exact: true }).click();
    await dialog.getByLabel('Your full name').fill(fullName);
    // The statement names the version, the child and the decision, in plain words.
    await dialog.getByRole('checkbox', { name: /I have read version 1 of .*’s plan and I agree\./ }).check();
    await dialog.getByRole('button', { name: 'Sign this version' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  it('proposes a version, takes two signatures, shows it agreed and downloads the PDF', async () => {
    const dana = await openWorkspaceAs('Dana Ortiz');
    const panel = dana.getByTestId('versions-panel');
    await panel.getByRole('button', { name: 'Propose a version' }).click();
    // The checklist beside "Propose" shows the plan has everything required.
    await panel.getByText('The plan has everything required').waitFor();
    await panel.getByLabel('Title').fill('Annual IEP, November 2026');
    await panel.getByRole('button', { name: 'Propose version 1' }).click();
    await panel.getByText('Annual IEP, November 2026').first().waitFor();

    await sign(dana, 'Dana Ortiz');
    const alex = await openWorkspaceAs('Alex Moreno');
    await alex.getByTestId('versions-panel').getByText('Your signature is needed on this version.').waitFor();
    await sign(alex, 'Alex Moreno');
    await alex.getByTestId('versions-panel').locator('.version-status--agreed').first().waitFor({ timeout: 15_000 });
    expect(await alex.getByTestId('versions-panel').locator('.version-status--agreed').first().innerText()).toContain('Agreed');
    // Dana's page shows it agreed too, without her reloading.
    await dana.getByTestId('versions-panel').locator('.version-status--agreed').first().waitFor({ timeout: 20_000 });

    // The parent downloads the agreed plan as a PDF.
    const alexPanel = alex.getByTestId('versions-panel');
    await alexPanel.getByRole('button', { name: /Download a copy/ }).first().click();
    const [download] = await Promise.all([alex.waitForEvent('download'), alex.getByRole('menuitem', { name: /PDF/ }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^IEP-[A-Z]{0,2}-?\d{4}-\d{2}-v1\.pdf$/);
    const pdf = await PDFDocument.load(fs.readFileSync((await download.path())!));
    expect(pdf.getPageCount()).toBeGreaterThan(0);
    expect(pdf.getTitle()).toBeTruthy();
  });
});
