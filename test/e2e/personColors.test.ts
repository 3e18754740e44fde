import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { colorForName } from '../../client/identity/personColor';
import { useBrowserTeam } from '../helpers/browserSession';

/** Two people whose names give the same colour, in the plan at the same time. */
describe('colours of the people present', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Lena Fischer': 'teacher' });

  /** The colour of each person's chip in "who is here", by name. */
  const chipColors = (page: Page) =>
    page.locator('[data-testid="presence"] [data-testid="presence-person"]').evaluateAll((people) =>
      Object.fromEntries(people.map((person) => [person.getAttribute('data-name') ?? '', getComputedStyle(person.querySelector('.presence__chip')!).backgroundColor])),
    );

  it('shows them in two colours, the same on both screens, and the caret and suggestions in the colour listed', async () => {
    expect(colorForName('Dana Ortiz')).toBe(colorForName('Lena Fischer'));
    const dana = await suite.open('Dana Ortiz', '/plan');
    const lena = await suite.open('Lena Fischer', '/plan');
    for (const page of [dana, lena]) {
      await expect.poll(async () => Object.keys(await chipColors(page)).length, { timeout: 15_000 }).toBe(2);
      await expect.poll(async () => new Set(Object.values(await chipColors(page))).size, { timeout: 15_000 }).toBe(2);
    }
    // Both screens agree on who has which colour.
    await expect.poll(async () => Object.values(await chipColors(dana)).sort()).toEqual(Object.values(await chipColors(lena)).sort());

    // Lena's caret in a field, on Dana's screen, has the colour Lena has in the list.
    await lena.getByRole('textbox', { name: 'What the family sees at home' }).click();
    await lena.keyboard.type('Maya reads with her brother.');
    const label = dana.locator('.collaboration-carets__caret').first();
    await label.waitFor({ timeout: 15_000 });
    const caretColor = await label.evaluate((caret) => getComputedStyle(caret).borderLeftColor);
    const lenaColor = Object.entries(await chipColors(dana)).find(([name]) => name.includes('Lena Fischer'))?.[1];
    expect(caretColor).toBe(lenaColor);

    // Dana leaves and comes back: Lena, now the first here, takes her name's colour back and
    // Dana moves. What Lena then suggests is marked in the colour she has now, not the one she
    // had when her page opened.
    await dana.close();
    const danaAgain = await suite.open('Dana Ortiz', '/plan');
    await expect.poll(async () => new Set(Object.values(await chipColors(danaAgain))).size, { timeout: 15_000 }).toBe(2);
    const lenaNow = async () => Object.entries(await chipColors(danaAgain)).find(([name]) => name.includes('Lena Fischer'))?.[1];
    await expect.poll(lenaNow).not.toBe(lenaColor);
    await lena.getByRole('button', { name: 'Suggesting', exact: true }).click();
    await lena.getByRole('textbox', { name: 'What the family sees at home' }).click();
    await lena.keyboard.press('Control+End');
    await lena.keyboard.type(' They share a book.');
    const suggested = danaAgain.locator('ins.suggestion--insert').first();
    await suggested.waitFor({ timeout: 15_000 });
    const suggestionColor = await suggested.evaluate((mark) => {
      const probe = document.createElement('span');
      probe.style.color = getComputedStyle(mark).getPropertyValue('--suggestion-color').trim();
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    expect(suggestionColor).toBe(await lenaNow());
  });
});
