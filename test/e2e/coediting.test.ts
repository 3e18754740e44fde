import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';

/** Two people in two browsers typing into the same plan, as in an IEP meeting. */
describe('co-editing in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });

  const openPlanAs = (person: string): Promise<Page> => suite.open(person, '/plan');

  it('shows each person the other’s text and caret name', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    const alex = await openPlanAs('Alex Moreno');
    // "From home" is a rich-text field of the plan that both can edit.
    const danaEditor = dana.getByRole('textbox', { name: 'What the family sees at home' });
    const alexEditor = alex.getByRole('textbox', { name: 'What the family sees at home' });

    await danaEditor.click();
    await dana.keyboard.type('Maya will write her first name legibly. ');
    await alexEditor.click();
    await alex.keyboard.press('End');
    await alex.keyboard.type('At home she practises with chalk.');

    for (const [page, editor] of [[dana, danaEditor], [alex, alexEditor]] as const) {
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('Maya will write her first name legibly.');
      await expect.poll(() => editor.innerText(), { timeout: 15_000 }).toContain('At home she practises with chalk.');
      expect(page.url()).toContain('/plan');
    }
    // Who is here, by name, on both screens.
    await expect.poll(() => dana.locator('[data-testid="presence"]').innerText()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('[data-testid="presence"]').innerText()).toContain('Dana Ortiz');
    // The other person's caret carries their name.
    await expect.poll(() => dana.locator('.collaboration-carets__label').allInnerTexts()).toContain('Alex Moreno');
    await expect.poll(() => alex.locator('.collaboration-carets__label').allInnerTexts()).toContain('Dana Ortiz');
  });
});
