import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';

/** A parent proposes wording; the case manager sees it as the parent's and accepts it. */
describe('suggesting in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });
  const field = 'What the family sees at home';

  it('marks a parent’s typing as their suggestion, which the case manager accepts', async () => {
    const alex = await suite.open('Alex Moreno', '/plan', { bypassCSP: true });
    const dana = await suite.open('Dana Ortiz', '/plan');
    // Parents are held to suggesting: no switch to editing, a line saying so, and no controls that would change the plan directly.
    await alex.getByText('You suggest changes to this plan; the case manager accepts or rejects them.').waitFor();
    expect(await alex.getByRole('button', { name: 'Editing' }).count()).toBe(0);
    expect(await alex.getByRole('button', { name: 'Add goal' }).count()).toBe(0);
    expect(await axeViolations(alex)).toEqual([]);
    await expect.poll(() => dana.getByRole('button', { name: 'Editing' }).getAttribute('aria-pressed')).toBe('true');

    await alex.getByRole('textbox', { name: field }).click();
    await alex.keyboard.type('She practises writing with chalk.');

    const marked = dana.getByRole('textbox', { name: field }).locator('ins.suggestion--insert');
    await expect.poll(() => marked.innerText(), { timeout: 15_000 }).toBe('She practises writing with chalk.');
    expect(await marked.getAttribute('data-suggestion-name')).toBe('Alex Moreno');
    expect(await marked.getAttribute('title')).toContain('Suggested by Alex Moreno');

    await dana.getByRole('textbox', { name: field }).scrollIntoViewIfNeeded();
    await dana.screenshot({ path: '/tmp/bridgeplan-suggestion-inline.png' });
    await dana.getByTestId('suggestions-toggle').click();
    const card = dana.getByTestId('suggestion-card');
    await expect.poll(async () => (await card.textContent())?.replace(/\s+/g, ' ')).toContain('Alex Moreno suggests adding in From home');
    await dana.screenshot({ path: '/tmp/bridgeplan-suggestion.png' });

    await card.getByRole('button', { name: /^Accept/ }).click();
    for (const page of [dana, alex]) {
      const editor = page.getByRole('textbox', { name: field });
      await expect.poll(() => editor.locator('.suggestion').count(), { timeout: 15_000 }).toBe(0);
      expect(await editor.innerText()).toContain('She practises writing with chalk.');
    }
    await expect.poll(() => dana.getByRole('status').filter({ hasText: 'Accepted the suggestion.' }).count()).toBe(1);
    await expect.poll(() => dana.getByTestId('suggestions-toggle').innerText()).toBe('No open suggestions');

    // Typing over a selected word is one proposed rewording, decided whole.
    const alexField = alex.getByRole('textbox', { name: field });
    await alexField.click();
    await alex.keyboard.press('End');
    await alex.keyboard.press('ArrowLeft');
    await alex.keyboard.press('Control+Shift+ArrowLeft');
    await alex.keyboard.type('pencils');
    // The words may render as more than one element (formatting attributes merge as typed), so they are read whole.
    await expect.poll(async () => (await dana.getByRole('textbox', { name: field }).locator('del.suggestion--delete').allInnerTexts()).join(''), { timeout: 15_000 }).toBe('chalk');
    await expect.poll(async () => (await dana.getByRole('textbox', { name: field }).locator('ins.suggestion--insert').allInnerTexts()).join('')).toBe('pencils');
    await expect.poll(async () => (await card.allTextContents()).map((text) => text.replace(/\s+/g, ' '))).toEqual([expect.stringContaining('Alex Moreno suggests new wording in From home')]);
    await card.getByRole('button', { name: /^Accept/ }).click();
    for (const page of [dana, alex]) {
      const editor = page.getByRole('textbox', { name: field });
      await expect.poll(() => editor.locator('.suggestion').count(), { timeout: 15_000 }).toBe(0);
      expect(await editor.innerText()).toContain('She practises writing with pencils.');
    }
  });

  it('lets the case manager choose, on the settings page, that parents edit directly', async () => {
    const settingsAs = (person: string) => openPageAs(suite.browser, suite.server, suite.team, person, '/settings', { waitForConnection: false });
    const dana = await settingsAs('Dana Ortiz');
    const parents = dana.getByLabel('Parent or guardian', { exact: true });
    await expect.poll(() => parents.inputValue()).toBe('suggest');
    await parents.selectOption('edit');
    await dana.getByRole('status').filter({ hasText: 'Parent or guardian: saved.' }).waitFor();

    const alex = await suite.open('Alex Moreno', '/plan');
    // Now parents start out editing, and may switch.
    await expect.poll(() => alex.getByRole('button', { name: 'Editing' }).getAttribute('aria-pressed')).toBe('true');
    await alex.getByRole('button', { name: 'Add goal' }).click();
    await expect.poll(() => alex.locator('article.goal-card').count()).toBe(1);
    // Only a case manager is offered the choice.
    const alexSettings = await settingsAs('Alex Moreno');
    await alexSettings.getByRole('heading', { name: 'Mail from Bridgeplan' }).waitFor();
    expect(await alexSettings.getByRole('heading', { name: 'How each role changes the plan' }).count()).toBe(0);
  });
});
