import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';

const people = { manager: 'Dana Ortiz-Montgomery', therapist: 'Priya Nair-Subramanian', parent: 'Alexandra Konstantinopoulou' } as const;
const desktops = [{ width: 1280, height: 800 }, { width: 1440, height: 900 }] as const;

/** What the focused control is called, to name it in a failure. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    return `${element?.tagName.toLowerCase()} “${(element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim().slice(0, 50)}”`;
  });

/** The sticky bars (the document header, the meeting's Undo bar) over the focused control, by how many pixels. */
const barsOverFocus = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement!;
    const box = focused.getBoundingClientRect();
    return [...document.querySelectorAll('.doc-header, .meeting-view__bar')]
      .filter((bar) => !bar.contains(focused))
      .map((bar) => ({ bar: bar.className, over: Math.min(box.bottom, bar.getBoundingClientRect().bottom) - Math.max(box.top, bar.getBoundingClientRect().top) }))
      .filter(({ over }) => over > 0)
      .map(({ bar, over }) => `${Math.round(over)} px under .${bar}`);
  });

describe('the meeting page at desktop widths, and its bars on a phone', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
  });

  async function openMeeting(viewport: { width: number; height: number }): Promise<Page> {
    const page = await openPageAs(suite.browser, suite.server, suite.team, people.manager, `/w/${busy.workspaceId}/meeting/${busy.meetingId}`, { viewport });
    await expect.poll(() => page.locator('#meeting-agenda .meeting-row').count()).toBe(3);
    return page;
  }

  it('sets “Show the plan beside the agenda” on the download’s line, lined up with the meeting', async () => {
    for (const viewport of desktops) {
      const page = await openMeeting(viewport);
      const where = `${viewport.width} × ${viewport.height}`;
      const toggle = page.getByRole('button', { name: 'Show the plan beside the agenda' });
      const toggleBox = (await toggle.boundingBox())!;
      const downloadBox = (await page.getByRole('button', { name: /^Download a copy/ }).boundingBox())!;
      const cardBox = (await page.locator('#meeting-details').boundingBox())!;
      // It sat at x = 0, on a line of its own between the download and the Undo bar.
      expect(Math.round(toggleBox.x), where).toBe(Math.round(cardBox.x));
      expect(Math.round(toggleBox.y), where).toBe(Math.round(downloadBox.y));
      expect(Math.round(downloadBox.x + downloadBox.width), where).toBe(Math.round(cardBox.x + cardBox.width));

      await toggle.click();
      await page.locator('.plan-beside .iep-coverage').waitFor();
      const hide = (await page.getByRole('button', { name: 'Hide the plan' }).boundingBox())!;
      const openCard = (await page.locator('#meeting-details').boundingBox())!;
      expect(Math.round(hide.x), `${where}, the plan open`).toBe(Math.round(openCard.x));
      await page.context().close();
    }
  });

  it('opens the download menu by keyboard within the screen', async () => {
    const page = await openMeeting(desktops[0]);
    await page.getByRole('button', { name: /^Download a copy/ }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toContain('PDF');
    const menu = (await page.locator('.export-menu__popup').boundingBox())!;
    // It ran 5 px past the right edge, and the page scrolled sideways.
    expect(menu.x + menu.width).toBeLessThanOrEqual(desktops[0].width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(desktops[0].width);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedName(page)).toContain('Download a copy');
    await page.context().close();
  });

  it('reaches every control by Tab, in order from the top, each one on the screen with its focus ring', async () => {
    const page = await openMeeting(desktops[0]);
    // Each control a Tab should reach, numbered; of a group of radio buttons only the one ticked takes a Tab.
    const expected = await page.evaluate(() => {
      const controls = [...document.querySelectorAll<HTMLElement>('main button, main a[href], main input, main select, main textarea, main [contenteditable="true"]')].filter((control) => {
        if ((control as HTMLButtonElement).disabled || control.tabIndex < 0 || control.getBoundingClientRect().width === 0) return false;
        if (!(control instanceof HTMLInputElement) || control.type !== 'radio') return true;
        const group = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${control.name}"]`)];
        return control.checked || (!group.some((radio) => radio.checked) && group[0] === control);
      });
      controls.forEach((control, index) => control.setAttribute('data-tab-probe', String(index)));
      return controls.length;
    });
    const visited: number[] = [];
    const problems: string[] = [];
    for (let presses = 0; presses < 150; presses += 1) {
      await page.keyboard.press('Tab');
      const step = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement;
        if (focused === document.body) return null;
        const box = focused.getBoundingClientRect();
        // A rich-text field rings its whole box; a date's parts are ringed by the browser itself.
        const ringed = focused.closest('.rich-field__box') ?? focused;
        const style = getComputedStyle(ringed);
        const dateParts = focused instanceof HTMLInputElement && focused.type.startsWith('date');
        return {
          probe: focused.getAttribute('data-tab-probe'),
          name: (focused.getAttribute('aria-label') ?? focused.textContent ?? '').trim().slice(0, 40),
          onScreen: box.bottom > 0 && box.top < innerHeight,
          ring: dateParts || style.outlineStyle !== 'none' || style.boxShadow !== 'none',
        };
      });
      if (!step) break;
      if (step.probe === null) continue;
      if (!step.onScreen) problems.push(`${step.name} is off the screen`);
      if (!step.ring) problems.push(`${step.name} shows no focus`);
      if (visited.at(-1) !== Number(step.probe)) visited.push(Number(step.probe));
    }
    expect(problems).toEqual([]);
    // In the order they are read: the plan's button and the download, Undo and Redo, then the meeting.
    expect(visited).toEqual([...Array(expected).keys()]);
    const first = await page.evaluate(() => [0, 1, 2, 3].map((index) => (document.querySelector(`[data-tab-probe="${index}"]`)?.textContent ?? '').trim()));
    expect(first[0]).toBe('Show the plan beside the agenda');
    expect(first[1]).toMatch(/^Download a copy/);
    expect(first.slice(2)).toEqual(['Undo', 'Redo']);
    await page.context().close();
  });

  it('never leaves the focus under the sticky bars when going back up with Shift+Tab', async () => {
    for (const viewport of desktops) {
      const page = await openMeeting(viewport);
      await page.getByRole('button', { name: 'Add an action item' }).focus();
      const hidden: string[] = [];
      for (let presses = 0; presses < 80; presses += 1) {
        await page.keyboard.press('Shift+Tab');
        if (await page.evaluate(() => document.activeElement?.closest('main') === null)) break;
        // Before: the agenda's first item, a decision's button and the download went under the bars.
        const under = await barsOverFocus(page);
        if (under.length > 0) hidden.push(`${await focusedName(page)}: ${under.join(', ')}`);
      }
      expect(hidden, `${viewport.width} × ${viewport.height}`).toEqual([]);
      await page.context().close();
    }
  });

  it('shows the plan in the meeting’s place on a screen too narrow for both, and back to the meeting', async () => {
    const page = await openMeeting({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Show the plan', exact: true }).click();
    // Below the meeting, the plan opened some thousands of pixels down, out of sight.
    await page.locator('.plan-beside .iep-coverage').waitFor();
    expect((await page.locator('.plan-beside').boundingBox())!.y).toBeLessThan(844 / 2);
    expect(await page.locator('#meeting-agenda').isVisible()).toBe(false);

    await page.getByRole('button', { name: 'Back to the meeting' }).click();
    await page.locator('#meeting-agenda').waitFor();
    expect(await page.locator('.plan-beside').count()).toBe(0);
    await page.context().close();
  });

  it('lets the Undo bar scroll away on a phone, where only the document header stays', async () => {
    const page = await openMeeting({ width: 390, height: 844 });
    await page.locator('#meeting-agenda').evaluate((agenda) => agenda.scrollIntoView({ block: 'start', behavior: 'instant' }));
    const header = (await page.locator('.doc-header').boundingBox())!;
    const bar = (await page.locator('.meeting-view__bar').boundingBox())!;
    // It stuck under the header: 180 px of a phone's screen held by the two, before the keyboard.
    expect(bar.y + bar.height).toBeLessThanOrEqual(header.y + header.height);
    await page.context().close();
  });
});
