import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';

/**
 * Two people typing into the same short field of the plan at once. The field holds one value
 * (the last write wins), so one of them loses; neither may lose their words without being told.
 */
describe('a short field two people type into at once', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher' });
  const school = (page: Page) => page.getByRole('textbox', { name: 'School', exact: true });
  const notice = (page: Page) => page.getByTestId('overwrite-notice');

  it('tells each what the other wrote, and lets the one whose words were replaced put them back', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const sam = await suite.open('Sam Lee', '/plan');
    await school(sam).click();
    await school(dana).click();
    await dana.keyboard.type('Riverside Elementary');

    // Sam, still in the field, keeps what he has but is told what Dana wrote.
    await expect.poll(() => notice(sam).innerText(), { timeout: 15_000 }).toContain('Dana Ortiz changed this as you typed: “Riverside Elementary”');
    expect(await school(sam).inputValue()).toBe('');
    await sam.keyboard.type('Lakeside');
    await expect.poll(() => notice(dana).innerText(), { timeout: 15_000 }).toContain('Sam Lee changed this as you typed: “Lakeside”');

    // Dana leaves the field: Sam's later write stands, and she is shown what she had written.
    await dana.keyboard.press('Tab');
    await expect.poll(() => school(dana).inputValue()).toBe('Lakeside');
    await expect.poll(() => notice(dana).innerText()).toContain('You had written “Riverside Elementary”');
    await notice(dana).getByRole('button', { name: 'Put mine back' }).click();
    await expect.poll(() => school(dana).inputValue()).toBe('Riverside Elementary');
    await expect.poll(() => notice(dana).count()).toBe(0);

    // Sam, told again, takes Dana's words; both see them once he leaves.
    await expect.poll(() => notice(sam).innerText(), { timeout: 15_000 }).toContain('“Riverside Elementary”');
    await notice(sam).getByRole('button', { name: 'Use theirs' }).click();
    await sam.keyboard.press('Tab');
    await expect.poll(() => school(sam).inputValue()).toBe('Riverside Elementary');
    await expect.poll(() => notice(sam).count()).toBe(0);
    await expect.poll(() => school(dana).inputValue()).toBe('Riverside Elementary');
  });
});
