import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';

const people = { manager: 'Dana Ortiz-Montgomery', therapist: 'Priya Nair-Subramanian', parent: 'Alexandra Konstantinopoulou' } as const;
const laptop = { width: 1280, height: 800 };

/** The focused element: what it is, what it is called, and whether it is on the screen. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const box = element.getBoundingClientRect();
    const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? element.getAttribute('aria-label') ?? element.textContent ?? '';
    return { tag: element.tagName.toLowerCase(), name: label.trim(), onScreen: box.bottom > 0 && box.top < innerHeight };
  });

describe('the versions on the team page, by keyboard', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
  });

  async function openVersions(): Promise<Page> {
    const page = await openPageAs(suite.browser, suite.server, suite.team, people.manager, `/w/${busy.workspaceId}`, { viewport: laptop, waitForConnection: false });
    await page.getByTestId('versions-panel').getByText('Version 1:', { exact: true }).waitFor();
    return page;
  }

  it('opens “Propose a version” on its heading, on the screen, with the title field next', async () => {
    const page = await openVersions();
    await page.getByRole('button', { name: 'Propose a version' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.completeness-checklist').waitFor();
    // The focus was on the title field, which the checklist arriving above it pushed 1,560 px down.
    await expect.poll(() => focused(page)).toEqual({ tag: 'h3', name: 'Propose version 2', onScreen: true });
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'input', name: expect.stringMatching(/^Title/), onScreen: true });
    await page.context().close();
  });

  it('opens “Change who must sign” on the first box that can be changed, and Cancel returns to the button', async () => {
    const page = await openVersions();
    await page.getByRole('button', { name: 'Change who must sign' }).focus();
    await page.keyboard.press('Enter');
    // The case manager, who always signs, comes first, ticked and disabled: the focus fell to the page's body.
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', name: expect.stringContaining(people.therapist), onScreen: true });
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'button', name: 'Change who must sign' });
    await page.context().close();
  });

  it('reads, compares and signs by keyboard, the focus landing on what opened', async () => {
    const page = await openVersions();
    const panel = page.getByTestId('versions-panel');
    for (const [button, lands] of [[/^Read Version 1/, /^Version 1:/], [/^Compare Version 1/, /^Compare versions$/]] as const) {
      await panel.getByRole('button', { name: button }).focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await focused(page)).name).toMatch(lands);
      expect((await focused(page)).onScreen).toBe(true);
      await panel.getByRole('button', { name: 'All versions' }).focus();
      await page.keyboard.press('Enter');
      await panel.getByRole('button', { name: button }).waitFor();
    }
    await panel.getByRole('button', { name: /^Sign Version 1/ }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await focused(page)).name).toMatch(/^Sign/);
    await page.context().close();
  });
});
