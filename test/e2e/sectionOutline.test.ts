import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';

/** The side outline's "you are here" follows what the reader sees below the sticky bars. */
describe('the section outline', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent', 'Sam Lee': 'clinical_therapist' });

  /** The outline entry marked as the current location, without its number. */
  const highlighted = (page: Page) => page.locator('.plan-outline a[aria-current="location"] .plan-outline__label').innerText();

  /**
   * Scrolls until the given section has just gone behind the sticky bars (its last 20 px are
   * under them) and returns how tall the sticky area is.
   */
  async function tuckUnderBars(page: Page, section: string): Promise<number> {
    return page.evaluate((id) => {
      const bar = document.querySelector('.plan-view__bar')!;
      const target = document.getElementById(`plan-section-${id}`)!;
      for (let round = 0; round < 3; round += 1) {
        // The bar sticks only once scrolled to; measure again after each scroll.
        window.scrollBy(0, target.getBoundingClientRect().bottom - (bar.getBoundingClientRect().bottom - 20));
      }
      return bar.getBoundingClientRect().bottom;
    }, section);
  }

  for (const person of ['Alex Moreno', 'Sam Lee']) {
    it(`marks the section ${person} sees first, not one hidden under the bars`, async () => {
      const page = await suite.open(person, '/plan', { viewport: { width: 1280, height: 900 } });
      await page.getByText('You suggest changes to this plan; the case manager accepts or rejects them.').waitFor();
      await page.locator('#plan-section-presentLevels').waitFor();
      const stickyBottom = await tuckUnderBars(page, 'dates');
      // People who suggest have a tall sticky area: well past the 120 px once assumed.
      expect(stickyBottom).toBeGreaterThan(200);
      // "Key dates" is out of sight behind the bars; "What we see now" is the first section showing.
      await expect.poll(() => highlighted(page), { timeout: 5_000 }).toBe('What we see now');
    });
  }
});
