import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';

interface StoredPlan {
  plan: { goals: { description: { content?: { content?: { text?: string }[] }[] } }[] };
}

/** Someone presses "Add goal" and types straight away, before the new goal's editor is ready. */
describe('typing right after Add goal', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager' });
  const storedGoals = async () =>
    (await apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie }).request<StoredPlan>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`)).body.plan.goals;

  /** A slow laptop: the new editor takes longer to start than the keys take to arrive. */
  async function slowDown(page: Page): Promise<void> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  }

  it('adds one goal and puts every letter typed at once into its words', async () => {
    const page = await suite.open('Dana Ortiz', '/plan');
    await slowDown(page);
    await page.getByRole('button', { name: 'Add goal' }).focus();
    // Enter, then a second Enter and the words at once, without waiting for anything on screen.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Maya asks for help.');

    await expect.poll(() => page.locator('article.goal-card').count()).toBe(1);
    const editor = page.getByRole('textbox', { name: 'The goal, in words' });
    await expect.poll(() => editor.innerText()).toBe('Maya asks for help.');
    // Typing goes on where the caret is: after the letters that were held.
    await page.keyboard.type(' Daily.');
    await expect.poll(() => editor.innerText()).toBe('Maya asks for help. Daily.');
    await expect
      .poll(async () => (await storedGoals()).map((goal) => goal.description.content?.map((block) => block.content?.map((run) => run.text).join('')).join('\n')))
      .toEqual(['Maya asks for help. Daily.']);
  });

  /**
   * The same keys in the order a busy machine can deliver them: the new goal's field starts
   * between the two presses, so the second Enter arrives once the caret is already in it.
   * Waiting for the caret before that Enter makes this order certain.
   */
  it('leaves no empty first line when the second Enter arrives after the new goal took the caret', async () => {
    const page = await suite.open('Dana Ortiz', '/plan');
    const cards = page.locator('article.goal-card');
    const before = (await storedGoals()).length;
    await expect.poll(() => cards.count()).toBe(before);
    await page.getByRole('button', { name: 'Add goal' }).focus();
    await page.keyboard.press('Enter');
    const editor = cards.nth(before).getByRole('textbox', { name: 'The goal, in words' });
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Maya asks for help.');

    await expect.poll(() => editor.innerText()).toBe('Maya asks for help.');
    expect(await cards.count()).toBe(before + 1);
    // Once something is typed, Enter starts a new line as it always does.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Daily.');
    await expect
      .poll(async () => (await storedGoals()).slice(before).map((goal) => goal.description.content?.map((block) => block.content?.map((run) => run.text).join('')).join('\n')))
      .toEqual(['Maya asks for help.\nDaily.']);
  });
});
