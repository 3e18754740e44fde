import { describe, expect, it, onTestFinished } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';

const screens = {
  'a wide screen': { width: 1366, height: 960 },
  'a phone': { width: 390, height: 844 },
} as const;

/**
 * Chromium keeps the scroll anchored to what is on screen when something above it grows;
 * Safari (the iPads and iPhones many parents bring) does not. Turning anchoring off shows
 * what those parents see.
 */
const browsers = {
  'with scroll anchoring': false,
  'without scroll anchoring, as in Safari': true,
} as const;

/** Typing puts the focus in the field; reading leaves it on the page. */
const activities = ['typing in', 'reading'] as const;

/** Lets layout, resize observers and any scroll correction finish before measuring. */
const settled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

async function screenTop(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not on the page');
  return box.y;
}

/** Within a pixel: sub-pixel rounding aside, it has not moved on screen. */
async function expectStill(locator: Locator, before: number): Promise<void> {
  const shift = (await screenTop(locator)) - before;
  expect(Math.abs(shift), `moved ${shift.toFixed(1)} px on screen`).toBeLessThanOrEqual(1);
}

/** The banner's words are within the window and painted on top (not scrolled away, not covered). */
const inSight = (words: Locator) =>
  words.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.height === 0 || box.top < 0 || box.bottom > window.innerHeight) return false;
    return element.contains(document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + box.height / 2));
  });

const withoutScrollAnchoring = (page: Page) => page.addStyleTag({ content: '*, *::before, *::after { overflow-anchor: none !important; }' });

/** "Now discussing" must not move the words a person is reading or the field they are typing in. */
describe('the “now discussing” banner, for someone further down the plan', () => {
  let meetingId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' }, async (server, team) => {
    const dana = apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie });
    const created = await dana.request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'annual_review',
      title: 'Annual review',
      startsAt: '2026-12-03T16:00:00.000Z',
    });
    meetingId = created.body.meeting.id;
  });

  /** Dana on the plan, Alex on `alexPath`; closed at the end, so neither is still "here" (or pointing) in the next test. */
  async function openBoth(viewport: { width: number; height: number }, alexPath = '/plan') {
    const dana = await suite.open('Dana Ortiz', '/plan', { viewport });
    const alex = await suite.open('Alex Moreno', alexPath, { viewport });
    onTestFinished(() => Promise.all([dana.context().close(), alex.context().close()]).then(() => undefined));
    const point = (section: string) => dana.locator(`#plan-section-${section}`).getByRole('button', { name: /^(Point everyone here|Pointing here)/ }).click();
    return { dana, alex, point };
  }

  for (const [screen, viewport] of Object.entries(screens)) {
    for (const [browser, withoutAnchoring] of Object.entries(browsers)) {
      for (const activity of activities) {
        it(`keeps still the field a parent is ${activity} as the banner appears, changes and goes, on ${screen} ${browser}`, async () => {
          const { alex, point } = await openBoth(viewport);
          if (withoutAnchoring) await withoutScrollAnchoring(alex);

          // Alex is at "From home", far below the top of the plan.
          const field = alex.getByRole('textbox', { name: 'What the family sees at home' });
          await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
          if (activity === 'typing in') {
            await field.click();
            await alex.keyboard.type('Likes trains. ');
          }
          await settled(alex);
          const before = await screenTop(field);
          const banner = alex.getByText('Dana Ortiz is pointing everyone to:');

          // Dana points the room at the goals, a section above Alex.
          await point('goals');
          await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toContain('Goals');
          await settled(alex);
          await expectStill(field, before);
          expect(await inSight(banner)).toBe(true);

          // Then at a section below Alex whose longer name takes the banner to more lines on a phone.
          await point('parentParticipation');
          await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toContain('Keeping the family involved');
          await settled(alex);
          await expectStill(field, before);
          expect(await inSight(banner)).toBe(true);

          // Dana stops pointing.
          await point('parentParticipation');
          await banner.waitFor({ state: 'detached', timeout: 15_000 });
          await settled(alex);
          await expectStill(field, before);

          if (activity === 'typing in') {
            // Alex's caret never left the field: the next words land there.
            await alex.keyboard.type('Reads bus timetables.');
            await expect.poll(() => field.innerText()).toContain('Likes trains. Reads bus timetables.');
          }
        });
      }
    }
  }

  for (const [browser, withoutAnchoring] of Object.entries(browsers)) {
    it(`leaves the meeting’s agenda where it was for someone reading it beside the plan, ${browser}`, async () => {
      const { alex, point } = await openBoth(screens['a wide screen'], `/meeting/${meetingId}`);
      if (withoutAnchoring) await withoutScrollAnchoring(alex);
      await alex.getByRole('button', { name: 'Show the plan beside the agenda' }).click();
      await alex.locator('.plan-beside #plan-section-goals').waitFor();
      // Alex reads the team's attendance, in the meeting's column, with the plan beside it.
      const reading = alex.getByRole('heading', { name: 'The IEP team' });
      await reading.evaluate((element) => element.scrollIntoView({ block: 'center' }));
      await settled(alex);
      const before = await screenTop(reading);

      await point('goals');
      await alex.getByText('Dana Ortiz is pointing everyone to:').waitFor({ timeout: 15_000 });
      await settled(alex);
      await expectStill(reading, before);
    });
  }

  const jumpScreens = { 'a laptop, where the plan’s bar scrolls away': { width: 1366, height: 768 }, 'a wide screen, where it sticks': screens['a wide screen'] };
  for (const [screen, viewport] of Object.entries(jumpScreens)) {
    it(`takes the parent with “Go there” to just below the banner, the section’s heading focused, on ${screen}`, async () => {
      const { alex, point } = await openBoth(viewport);
      // No smooth scrolling, so the page has arrived when measured.
      await alex.emulateMedia({ reducedMotion: 'reduce' });
      await point('goals');
      await alex.getByRole('button', { name: 'Go there' }).click();

      const heading = alex.locator('#plan-section-goals').getByRole('heading', { name: 'Goals', level: 2 });
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      const { stripBottom, tagTop, sectionTop } = await alex.evaluate(() => ({
        stripBottom: document.querySelector('.discussing')!.getBoundingClientRect().bottom,
        tagTop: document.querySelector('#plan-section-goals .plan-section__discussed-tag')!.getBoundingClientRect().top,
        sectionTop: document.getElementById('plan-section-goals')!.getBoundingClientRect().top,
      }));
      // Clear of the banner, "Now discussing" tag and all, and not a screen further down.
      expect(tagTop).toBeGreaterThanOrEqual(stripBottom);
      expect(sectionTop - stripBottom).toBeLessThanOrEqual(40);
    });
  }

  it('announces who points where through a live region that stays in the page while nobody points', async () => {
    const { alex, point } = await openBoth(screens['a wide screen']);
    await point('goals');
    const region = alex.locator('[aria-live="polite"]', { hasText: 'Dana Ortiz is pointing everyone to:' });
    // What a screen reader reads out is the sentence alone, whole, not the buttons beside it.
    await expect.poll(() => region.innerText(), { timeout: 15_000 }).toBe('Dana Ortiz is pointing everyone to: Goals');
    expect(await region.getAttribute('aria-atomic')).toBe('true');
    await region.evaluate((element) => element.setAttribute('data-watched', ''));

    await point('goals');
    const watched = alex.locator('[data-watched]');
    await expect.poll(() => watched.innerText(), { timeout: 15_000 }).toBe('');
    // Still in the accessibility tree while empty: a region that appears with its words is
    // often not read out, so the next pointing must land in a region the reader already knows.
    const cdp = await alex.context().newCDPSession(alex);
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-watched]' });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    expect(nodes[0]?.ignored).toBe(false);

    await point('goals');
    await expect.poll(() => watched.innerText(), { timeout: 15_000 }).toBe('Dana Ortiz is pointing everyone to: Goals');
  });
});
