import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';

/** Ctrl+Z in a meeting where two people type in the same goal: each takes back only their own words. */
describe('undo while a colleague edits the same goal', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher' }, async (server, team) => {
    // Two goals with words in them, as in any plan past its first meeting: every editor on the
    // page that shows text shares the one undo history.
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', {
      area: 'writing',
      description: 'Maya will write her first name.',
      baseline: 'Writes M and a.',
    });
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'communication', description: 'Maya asks for help in class.' });
  });

  const description = (page: Page): Locator => page.locator('article.goal-card').first().getByRole('textbox', { name: 'The goal, in words' });
  /** The goal's words, without the colleague's caret and its name tag drawn among them. */
  const words = (page: Page): Promise<string> =>
    description(page).evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove();
      return copy.textContent ?? '';
    });
  const firstStep = (page: Page): Locator => page.locator('article.goal-card').first().getByRole('textbox', { name: 'Step 1' });

  it('takes back the whole phrase just typed in a goal, and never the colleague’s words', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const sam = await suite.open('Sam Lee', '/plan');
    await description(sam).click();
    await sam.keyboard.press('Control+End');
    await sam.keyboard.type(' She uses a tripod grip.');
    // Dana types at the start of the same goal while Sam's words are still on screen.
    await description(dana).click();
    await dana.keyboard.press('Control+Home');
    await dana.keyboard.type('By June, ');
    for (const page of [dana, sam]) {
      await expect.poll(() => words(page), { timeout: 15_000 }).toBe('By June, Maya will write her first name. She uses a tripod grip.');
    }

    await sam.keyboard.press('Control+z');
    // Typing is grouped by the clock, as in any editor: on a busy machine a pause between two
    // keys can split the phrase in two steps. Whatever the split, the first Ctrl+Z takes back
    // more than a letter, a second one at most finishes the phrase, and Dana's words stay.
    const typed = 'By June, Maya will write her first name. She uses a tripod grip.';
    const original = 'By June, Maya will write her first name.';
    await expect.poll(() => words(sam), { timeout: 15_000 }).not.toBe(typed);
    const afterFirst = await words(sam);
    expect(afterFirst.startsWith(original)).toBe(true);
    expect(afterFirst.length).toBeLessThan(typed.length - 1);
    if (afterFirst !== original) await sam.keyboard.press('Control+z');
    for (const page of [dana, sam]) {
      await expect.poll(() => words(page), { timeout: 15_000 }).toBe(original);
    }
  });

  it('takes back only this person’s words in a step both are typing in', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const sam = await suite.open('Sam Lee', '/plan');
    await dana.locator('article.goal-card').first().getByRole('button', { name: /^Add a step/ }).click();
    await firstStep(dana).waitFor();
    await dana.keyboard.type('Holds the pencil.');
    await expect.poll(() => firstStep(sam).inputValue(), { timeout: 15_000 }).toBe('Holds the pencil.');

    await firstStep(sam).click();
    await sam.keyboard.press('Control+End');
    // Inserted at once, as a paste is: what is checked here is whose words go, not how typing
    // is grouped (the test above), which a slow machine could split by the clock.
    await sam.keyboard.insertText(' For two minutes.');
    await firstStep(dana).click();
    await dana.keyboard.press('Control+Home');
    await dana.keyboard.type('In class: ');
    for (const page of [dana, sam]) {
      await expect.poll(() => firstStep(page).inputValue(), { timeout: 15_000 }).toBe('In class: Holds the pencil. For two minutes.');
    }

    await sam.keyboard.press('Control+z');
    for (const page of [dana, sam]) {
      await expect.poll(() => firstStep(page).inputValue(), { timeout: 15_000 }).toBe('In class: Holds the pencil.');
    }
  });
});
