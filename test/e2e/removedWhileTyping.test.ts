import { describe, expect, it } from 'vitest';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';

/** A colleague removes the goal someone is typing in: they are told, and keep their words. */
describe('a goal removed while someone types in it', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher' }, async (server, team) => {
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'writing', description: 'Maya will write her first name.' });
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'communication', description: 'Maya asks for help.' });
  });

  it('tells the person typing, offers their words, and says nothing when a goal only moves', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const sam = await suite.open('Sam Lee', '/plan');
    const samGoal = sam.locator('article.goal-card').nth(1);
    await samGoal.getByRole('textbox', { name: 'The goal, in words' }).click();
    await sam.keyboard.press('Control+End');
    await sam.keyboard.type(' She uses a help card.');

    // Moving the goal Sam is in changes nothing for him.
    await dana.locator('article.goal-card').nth(1).getByRole('button', { name: /^Move goal 2 up/ }).click();
    await expect.poll(() => sam.locator('article.goal-card').first().innerText()).toContain('Maya asks for help.');
    await sam.keyboard.type(' Daily.');
    const removedDialog = sam.getByRole('dialog', { name: 'What you were typing in was removed' });
    expect(await removedDialog.count()).toBe(0);

    const danaGoal = dana.locator('article.goal-card').first();
    await expect.poll(() => danaGoal.innerText()).toContain('She uses a help card. Daily.');
    await danaGoal.getByRole('button', { name: 'Remove goal 1' }).click();
    await danaGoal.getByRole('button', { name: 'Remove', exact: true }).click();

    await removedDialog.waitFor({ timeout: 15_000 });
    expect(await removedDialog.innerText()).toContain('Someone else removed goal 1 while you were typing in it.');
    expect(await sam.getByTestId('removed-words').inputValue()).toBe('Maya asks for help. She uses a help card. Daily.');
    // The person who removed it was not typing in it: no such message for her.
    expect(await dana.getByRole('dialog').count()).toBe(0);
    await removedDialog.getByRole('button', { name: 'Close' }).last().click();
    await expect.poll(() => removedDialog.count()).toBe(0);

    // Taking back one's own new goal with Ctrl+Z is no surprise: nothing to say.
    const count = await sam.locator('article.goal-card').count();
    await sam.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => sam.locator('article.goal-card').count()).toBe(count + 1);
    await sam.keyboard.type('A new goal.');
    await sam.keyboard.press('Control+z');
    await expect.poll(() => sam.locator('article.goal-card').count()).toBe(count);
    await expect.poll(() => dana.locator('article.goal-card').count()).toBe(count);
    expect(await removedDialog.count()).toBe(0);
  });
});
