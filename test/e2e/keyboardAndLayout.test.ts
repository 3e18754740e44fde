import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planDoc } from '../../shared/schema';
import type { ThreadSummary } from '../../shared/api';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { cutShort } from '../helpers/cutShort';
import { writeCompletePlan } from '../helpers/completePlan';
import { hashPassword } from '../../server/accounts/passwords';
import { authorOf, testPassword } from '../helpers/seed';

const laptop = { width: 1366, height: 768 };

/** What a screen reader would call the focused element: its label, else its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return '';
    const labelled = element.getAttribute('aria-labelledby');
    const byId = labelled ? document.getElementById(labelled)?.textContent : null;
    return (element.getAttribute('aria-label') ?? byId ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '').trim();
  });

/** Presses Tab until the focused element's name matches; returns how many presses it took. */
async function tabTo(page: Page, name: RegExp, limit = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press(key);
    if (name.test(await focusedName(page))) return presses;
  }
  throw new Error(`${name} not reached in ${limit} Tab presses (last: "${await focusedName(page)}")`);
}

describe('the plan by keyboard, and at laptop width', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' });

  it('adds a goal and comments on it with the keyboard alone', async () => {
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: laptop });
    await page.locator('#plan-section-goals').waitFor();
    // From the top of the page, a skip link goes to the section list, and from there to the goals.
    const toSkip = await tabTo(page, /^Skip to the section list$/);
    expect(toSkip).toBeLessThanOrEqual(2);
    await page.keyboard.press('Enter');
    expect(await tabTo(page, /Goals$/, 4)).toBe(4);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Goals');
    await tabTo(page, /^Area of the new goal$/, 10);
    await tabTo(page, /^Add goal$/, 3);
    await page.keyboard.press('Enter');
    // The new goal's "in words" editor takes the focus; a person starts typing once the caret is there.
    await expect.poll(() => focusedName(page)).toBe('The goal, in words');
    await page.keyboard.type('Maya will ask for help using a full sentence.');
    // The goal's own Comment button sits in its header, a few Shift+Tabs back.
    expect(await tabTo(page, /^Comment on (?!the selected text)/, 15, 'Shift+Tab')).toBeLessThanOrEqual(15);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Which adults will prompt her?');
    await page.keyboard.press('Control+Enter');

    const api = apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie });
    await expect
      .poll(async () => (await api.request<{ threads: ThreadSummary[] }>('GET', `/api/workspaces/${suite.team.workspaceId}/threads`)).body.threads.map((t) => t.thread.comments[0]?.body))
      .toEqual(['Which adults will prompt her?']);
    await expect
      .poll(async () => (await api.request<{ plan: { goals: { description: unknown }[] } }>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`)).body.plan.goals.length)
      .toBe(1);
    await expect.poll(() => page.locator('.threads-panel').innerText()).toContain('Which adults will prompt her?');
  });

  it('reaches the page header after two skip links, not one per section', async () => {
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: laptop });
    await page.locator('#plan-section-goals').waitFor();
    const skipLinks: string[] = [];
    for (let presses = 1; presses <= 10; presses += 1) {
      await page.keyboard.press('Tab');
      const inHeader = await page.evaluate(() => document.activeElement?.closest('header') !== null);
      if (inHeader) break;
      skipLinks.push(await focusedName(page));
    }
    expect(skipLinks).toEqual(['Skip to the document', 'Skip to the section list']);
  });

  it('keeps the bar that sticks above the plan to a fifth of a 1280 × 900 window', async () => {
    const page = await suite.open('Dana Ortiz', '/plan');
    const bar = page.locator('.plan-view__bar');
    expect(await bar.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
    const height = (await bar.boundingBox())!.height;
    expect(height).toBeLessThanOrEqual(900 / 5);
    // Undo and Redo still there, at the end of the completeness line.
    await page.getByRole('button', { name: 'Undo' }).waitFor();
  });

  it('starts the plan on a phone’s first screen: the inbox on the section menu’s line, Undo beside the suggestions', async () => {
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: { width: 390, height: 844 } });
    const top = async (selector: string) => Math.round((await page.locator(selector).first().boundingBox())!.y);
    const firstHeading = page.locator('.plan-view__sections h2').first();
    await firstHeading.waitFor();
    expect(await top('.inbox__button')).toBe(await top('.plan-jump__select'));
    expect(await top('.undo-buttons__button')).toBe(await top('.suggestions-bar__toggle'));
    // The first section's heading with room for its opening lines above the comments' sheet
    // at the foot of the screen (with the tools each on a line of their own, 80 px were left).
    const sheet = await top('.threads-panel');
    const heading = (await firstHeading.boundingBox())!;
    expect(heading.y + heading.height).toBeLessThan(sheet - 200);
    // Each page holds two of the person's sockets, which are counted: close what is done with.
    await page.context().close();
  });

  it('puts the inbox on the tools’ first line where no comments column stands beside the plan, and atop the column where one does', async () => {
    const narrow = await suite.open('Dana Ortiz', '/plan', { viewport: { width: 1024, height: 768 } });
    const inboxTop = async (page: Page) => Math.round((await page.locator('.inbox__button').boundingBox())!.y);
    await narrow.locator('.inbox__button').waitFor();
    // It had a line of its own above the tools, 52 px of a laptop's screen.
    expect(await inboxTop(narrow)).toBe(Math.round((await narrow.locator('.suggestions-bar__toggle').boundingBox())!.y));
    expect(await narrow.locator('.plan-view__bar .inbox__button').count()).toBe(1);

    const wide = await suite.open('Dana Ortiz', '/plan', { viewport: { width: 1440, height: 900 } });
    await wide.locator('.plan-with-comments__inbox .inbox__button').waitFor();
    expect(await wide.locator('.plan-view__bar .inbox__button').count()).toBe(0);
    // Turned or resized across the line, the inbox moves with it, once.
    await wide.setViewportSize({ width: 1024, height: 768 });
    await wide.locator('.plan-view__bar .inbox__button').waitFor();
    expect(await wide.locator('.inbox__button').count()).toBe(1);
    await narrow.context().close();
    await wide.context().close();
  });

  it('moves goal by goal with Alt+Page Down', async () => {
    await suite.server.services.rooms.change(suite.team.planDoc, (doc) => {
      planDoc(doc).goals.add({ area: 'reading', baseline: 'Reads 20 words a minute' }, authorOf(suite.team, 'Dana Ortiz'));
    });
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: laptop });
    await expect.poll(() => page.locator('article.goal-card').count()).toBe(2);
    await page.keyboard.press('Alt+PageDown');
    const first = await page.evaluate(() => [...document.querySelectorAll('article.goal-card')].findIndex((card) => card.contains(document.activeElement)));
    await page.keyboard.press('Alt+PageDown');
    const second = await page.evaluate(() => [...document.querySelectorAll('article.goal-card')].findIndex((card) => card.contains(document.activeElement)));
    expect([first, second]).toEqual([0, 1]);
  });

  it('cuts no field short on the plan page at 1366 × 768', async () => {
    await suite.server.services.rooms.change(suite.team.planDoc, (doc) => {
      const plan = planDoc(doc);
      writeCompletePlan(plan, authorOf(suite.team, 'Dana Ortiz'));
      plan.services.add(
        { type: 'speech', provider: 'Speech-language pathologist', frequency: '2 × weekly, 30 minutes', duration: '30 minutes per session', location: 'Speech room and general classroom', startDate: '2026-09-01' },
        authorOf(suite.team, 'Dana Ortiz'),
      );
    });
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: laptop });
    await page.locator('#plan-section-services input').first().waitFor();
    // Text boxes and choices alike show their words whole.
    expect(await cutShort(page)).toEqual([]);
  });

  it('lines up a goal’s fields side by side, each label right above its hint and box', async () => {
    await suite.server.services.rooms.change(suite.team.planDoc, (doc) => {
      planDoc(doc).goals.add({ area: 'writing', baseline: 'Fisted grasp for one minute', target: 'Writes five complete sentences with a tripod grip, even spacing and capital letters' }, authorOf(suite.team, 'Dana Ortiz'));
    });
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: { width: 1440, height: 900 } });
    await page.locator('.goal-card__grid').first().waitFor();
    const fields = await page.locator('.goal-card__grid').first().evaluate((grid) =>
      [...grid.querySelectorAll(':scope > .live-field')].map((field) => {
        const [label, hint, box] = [field.querySelector('.live-field__label')!, field.querySelector('.live-field__hint')!, field.querySelector('textarea, input')!].map((element) => element.getBoundingClientRect());
        return { label: label!, hint: hint!, box: box! };
      }),
    );
    expect(fields).toHaveLength(4);
    const rows: [(typeof fields)[number], (typeof fields)[number]][] = [[fields[0]!, fields[1]!], [fields[2]!, fields[3]!]];
    for (const [left, right] of rows) {
      // Across the row: labels, hints and boxes start at the same height.
      expect(Math.abs(left.label.top - right.label.top)).toBeLessThan(1);
      expect(Math.abs(left.hint.top - right.hint.top)).toBeLessThan(1);
      expect(Math.abs(left.box.top - right.box.top)).toBeLessThan(1);
    }
    // Within the first field, whose label is one line: the hint follows it closely, and the box the hint.
    expect(fields[0]!.hint.top - fields[0]!.label.bottom).toBeLessThan(8);
    expect(fields[0]!.box.top - fields[0]!.hint.bottom).toBeLessThan(8);
  });

  it('keeps every action of the page header on a phone’s screen, sign-out included', async () => {
    for (const width of [390, 360, 320]) {
      const page = await suite.open('Priya Nair', '/', { viewport: { width, height: 800 }, waitForConnection: false });
      const signOut = page.getByRole('button', { name: 'Sign out' });
      await signOut.waitFor();
      // One line down to the commonest Android width, 360 px; only narrower does it take two.
      const mark = (await page.locator('.app-header .brand-link').boundingBox())!;
      const signOutBox = (await signOut.boundingBox())!;
      expect(signOutBox.y < mark.y + mark.height, `sign-out beside the mark at ${width} px`).toBe(width >= 360);
      const outside = await page.evaluate(
        (screenWidth) =>
          [...document.querySelectorAll<HTMLElement>('.app-header a, .app-header button, .app-header select')]
            .filter((control) => control.getBoundingClientRect().right > screenWidth || control.getBoundingClientRect().left < 0)
            .map((control) => control.textContent?.trim() || control.getAttribute('aria-label') || control.tagName),
        width,
      );
      expect(outside, `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it('fits the plan page to a phone’s width: nothing to scroll sideways', async () => {
    for (const width of [390, 320]) {
      const page = await suite.open('Dana Ortiz', '/plan', { viewport: { width, height: 800 } });
      await page.locator('#plan-section-priorWrittenNotice').waitFor();
      const wider = await page.evaluate(
        (screenWidth) =>
          [...document.querySelectorAll<HTMLElement>('main *')]
            .filter((element) => element.getBoundingClientRect().right > screenWidth + 1)
            .slice(0, 5)
            .map((element) => `${element.closest('section')?.id ?? ''} ${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
        width,
      );
      expect(wider, `at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The bar scrolls with the page here: it sits above the plan, not over its first section.
      const overlap = await page.evaluate(() => document.querySelector('.plan-view__bar')!.getBoundingClientRect().bottom - document.querySelector('.plan-section')!.getBoundingClientRect().top);
      expect(overlap).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('never leaves the focused field under the bars that stick above the plan', async () => {
    const page = await suite.open('Dana Ortiz', '/plan', { viewport: { width: 1280, height: 900 } });
    const school = page.getByRole('textbox', { name: 'School', exact: true });
    const eligibility = page.getByLabel('Date eligibility was determined');
    const barsBottom = () => page.evaluate(() => Math.max(...['.plan-view__bar', '.discussing'].map((selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0)));
    // The next field just under the bars, so the school's field is under them.
    await eligibility.evaluate((field) => {
      const bars = Math.max(...['.plan-view__bar', '.discussing'].map((selector) => document.querySelector(selector)?.getBoundingClientRect().bottom ?? 0));
      window.scrollBy({ top: field.getBoundingClientRect().top - bars - 4, behavior: 'instant' });
    });
    await eligibility.focus();
    expect((await school.boundingBox())!.y).toBeLessThan(await barsBottom());
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => school.evaluate((field) => field === document.activeElement)).toBe(true);
    await expect.poll(async () => (await school.boundingBox())!.y).toBeGreaterThanOrEqual(await barsBottom());
  });

  it('opens the student list at its top after signing in on a phone', async () => {
    const user = await suite.server.services.users.create('phone.reader@example.org', 'Jo Phone', await hashPassword(testPassword));
    await suite.server.services.users.markEmailVerified(user.id, 'phone.reader@example.org');
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 500 } });
    const page = await context.newPage();
    await page.goto(suite.server.url);
    await page.getByLabel('Email').fill('phone.reader@example.org');
    await page.getByLabel('Password', { exact: true }).fill(testPassword);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your students' }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await context.close();
  });

  it('opens the History and Translations panels on the screen, whatever its size', async () => {
    for (const viewport of [{ width: 1280, height: 900 }, laptop, { width: 900, height: 1000 }]) {
      const page = await suite.open('Dana Ortiz', '/plan', { viewport });
      for (const [button, panel] of [['history-button', '.history__panel'], ['translations-button', '.translations__panel']] as const) {
        await page.getByTestId(button).click();
        const box = await page.locator(panel).boundingBox();
        expect(box, `${panel} at ${viewport.width} × ${viewport.height}`).not.toBeNull();
        expect([Math.round(box!.x) >= 0, Math.round(box!.x + box!.width) <= viewport.width], `${panel} at ${viewport.width} × ${viewport.height}: ${Math.round(box!.x)} to ${Math.round(box!.x + box!.width)}`).toEqual([true, true]);
        await page.getByTestId(button).click();
      }
      await page.close();
    }
  });

  it('leaves the keyboard’s goal-to-goal hint out on a touch screen, where there is no Alt to press', async () => {
    await suite.server.services.rooms.change(suite.team.planDoc, (doc) => {
      const plan = planDoc(doc);
      while (plan.goals.list().length < 2) plan.goals.add({ area: 'writing', baseline: 'Writes two sentences' }, authorOf(suite.team, 'Dana Ortiz'));
    });
    const phone = { width: 390, height: 844 };
    const hint = (page: Page) => page.locator('.goals__shortcut');
    const touch = await suite.open('Dana Ortiz', '/plan', { viewport: phone, touch: true });
    await expect.poll(() => touch.locator('article.goal-card').count()).toBeGreaterThanOrEqual(2);
    expect(await hint(touch).isVisible()).toBe(false);
    const keyboard = await suite.open('Dana Ortiz', '/plan', { viewport: phone });
    await expect.poll(() => keyboard.locator('article.goal-card').count()).toBeGreaterThanOrEqual(2);
    expect(await hint(keyboard).innerText()).toMatch(/Alt\s*\+\s*Page Down/);
    await touch.context().close();
    await keyboard.context().close();
  });
});
