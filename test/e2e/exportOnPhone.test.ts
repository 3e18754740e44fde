import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';
import { englishExports } from '../helpers/englishExports';

/**
 * The HTML copy of a plan, meeting notes and progress report is what a family is most likely
 * to open on a phone (it arrives as a file they tap). At 375 px its label-and-value lists and
 * its tables must read without scrolling sideways and without values squeezed to a few letters.
 */

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function openAtPhoneWidth(html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.setContent(html);
  return page;
}

describe('an exported HTML file on a phone', () => {
  for (const name of ['plan.html', 'meeting.html', 'progress-report.html']) {
    it(`${name}: nothing scrolls sideways and every value has the width of the page`, async () => {
      const page = await openAtPhoneWidth(englishExports()[name]!);
      try {
        const layout = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          body: document.body.clientWidth,
          values: [...document.querySelectorAll('dl.fields dd, td')].map((element) => ({ text: (element.textContent ?? '').slice(0, 30), width: element.getBoundingClientRect().width })),
          labels: [...document.querySelectorAll('td')].map((element) => getComputedStyle(element, '::before').content),
        }));
        expect(layout.scrollWidth).toBeLessThanOrEqual(375);
        expect(layout.values.length).toBeGreaterThan(0);
        // Before, a value shared the row with its label column and was about 40 px wide.
        for (const value of layout.values) expect(value.width, value.text).toBeGreaterThan(layout.body * 0.8);
        // Each cell of a table is named by its column, as its header row is not shown.
        for (const label of layout.labels) expect(label).toMatch(/^".+"$/);
      } finally {
        await page.close();
      }
    });
  }

  it('keeps the table and the two columns on a wide screen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.setContent(englishExports()['plan.html']!);
      const shown = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('thead')!).display,
        label: getComputedStyle(document.querySelector('td')!, '::before').content,
        columns: getComputedStyle(document.querySelector('dl.fields')!).gridTemplateColumns.split(' ').length,
      }));
      expect(shown).toEqual({ header: 'table-header-group', label: 'none', columns: 2 });
    } finally {
      await page.close();
    }
  });
});
