import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
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
    // The new goal and its first words are one undo step when the typing follows the click at
    // once, two when it does not (a busy machine): then the first Ctrl+Z takes back the words
    // and a second one the goal.
    const cards = sam.locator('article.goal-card');
    await expect.poll(async () => (await cards.count()) === count || !(await cards.last().innerText()).includes('A new goal.')).toBe(true);
    if ((await cards.count()) > count) await sam.keyboard.press('Control+z');
    await expect.poll(() => sam.locator('article.goal-card').count()).toBe(count);
    await expect.poll(() => dana.locator('article.goal-card').count()).toBe(count);
    expect(await removedDialog.count()).toBe(0);
  });

  it('does the same for the meeting’s agenda and action items', async () => {
    const { server, team } = suite;
    const created = await apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie }).request<{ meeting: { id: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, {
      kind: 'iep_meeting',
      title: 'Fall check-in',
      startsAt: '2026-12-03T16:00:00.000Z',
    });
    const path = `/meeting/${created.body.meeting.id}`;
    const dana = await suite.open('Dana Ortiz', path);
    const sam = await suite.open('Sam Lee', path);
    const removedDialog = sam.getByRole('dialog', { name: 'What you were typing in was removed' });

    await sam.getByRole('button', { name: 'Add an agenda item' }).click();
    await sam.keyboard.type('Handwriting homework');
    await expect.poll(() => dana.getByRole('textbox', { name: 'Agenda item 1' }).inputValue()).toBe('Handwriting homework');
    await dana.getByRole('button', { name: 'Remove agenda item 1' }).click();
    await dana.getByRole('button', { name: 'Remove', exact: true }).click();
    await removedDialog.waitFor({ timeout: 15_000 });
    expect(await removedDialog.innerText()).toContain('Someone else removed agenda item 1 while you were typing in it.');
    expect(await sam.getByTestId('removed-words').inputValue()).toBe('Handwriting homework');
    await removedDialog.getByRole('button', { name: 'Close' }).last().click();
    await expect.poll(() => removedDialog.count()).toBe(0);

    await sam.getByRole('button', { name: 'Add an action item' }).click();
    await sam.keyboard.type('Send the practice sheets');
    const danaAction = dana.getByRole('textbox', { name: 'What to do, action item 1' });
    await expect.poll(() => danaAction.inputValue()).toBe('Send the practice sheets');
    await dana.getByRole('button', { name: 'Remove action item 1' }).click();
    await dana.getByRole('button', { name: 'Remove', exact: true }).click();
    await removedDialog.waitFor({ timeout: 15_000 });
    expect(await removedDialog.innerText()).toContain('Someone else removed action item 1 while you were typing in it.');
    expect(await sam.getByTestId('removed-words').inputValue()).toBe('Send the practice sheets');
    expect(await dana.getByRole('dialog').count()).toBe(0);
  });
});
