import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';

/** A conversation about a sentence of a goal, between a teacher and a parent, in two browsers. */
describe('comment threads in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' },
    // The goal the two will talk about, written by the case manager beforehand.
    (server, team) => seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'fine_motor', description: 'Maya will hold a pencil with a tripod grip for ten minutes.' }).then(() => undefined),
  );

  const openPlanAs = (person: string): Promise<Page> => suite.open(person, '/plan', { viewport: { width: 1400, height: 900 } });

  const goalText = (page: Page) => page.locator('article.goal-card').getByRole('textbox', { name: 'The goal, in words' });

  it('comments on selected words, shows the highlight live, replies and resolves', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    const alex = await openPlanAs('Alex Moreno');

    // Dana selects the last words of the goal, "ten minutes", and comments on them.
    const words = goalText(dana);
    await words.getByText('ten minutes', { exact: false }).waitFor();
    await words.click();
    await dana.keyboard.press('End');
    await dana.keyboard.press('ArrowLeft'); // before the full stop
    for (let i = 0; i < 'ten minutes'.length; i += 1) await dana.keyboard.press('Shift+ArrowLeft');
    const card = dana.locator('article.goal-card');
    await card.getByRole('button', { name: 'Comment on the selected text' }).click();
    await dana.getByLabel('Your comment').fill('Does the clinic use the same grip?');
    await dana.getByRole('button', { name: 'Comment', exact: true }).last().click();

    // Alex sees the highlighted words at once, opens the thread from them and replies.
    const highlight = alex.locator('article.goal-card .comment-highlight');
    await highlight.first().waitFor({ timeout: 15_000 });
    expect(await highlight.first().innerText()).toContain('ten minutes');
    await highlight.first().click();
    await alex.getByText('Does the clinic use the same grip?').waitFor();
    await alex.getByLabel('Reply').fill('Yes, and we practise it at home with chalk.');
    await alex.getByRole('button', { name: 'Send reply' }).click();

    // Dana sees the reply live and resolves the conversation.
    await dana.getByText('Yes, and we practise it at home with chalk.').waitFor({ timeout: 15_000 });
    await dana.getByRole('button', { name: 'Resolve' }).click();

    // For Alex it is resolved, and the words are no longer highlighted.
    await alex.getByText(/Resolved by Dana Ortiz/).waitFor({ timeout: 15_000 });
    await expect.poll(() => alex.locator('article.goal-card .comment-highlight').count(), { timeout: 15_000 }).toBe(0);
  });
});
