import { describe, expect, it } from 'vitest';
import { useBrowserTeam } from '../helpers/browserSession';

/** A parent proposes wording; the case manager sees it as the parent's and accepts it. */
describe('suggesting in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });
  const field = 'What the family sees at home';

  it('marks a parent’s typing as their suggestion, which the case manager accepts', async () => {
    const alex = await suite.open('Alex Moreno', '/plan');
    const dana = await suite.open('Dana Ortiz', '/plan');
    // Parents start in suggesting mode.
    await expect.poll(() => alex.getByRole('button', { name: 'Suggesting' }).getAttribute('aria-pressed')).toBe('true');
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
    await expect.poll(async () => (await card.textContent())?.replace(/\s+/g, ' ')).toContain('Alex Moreno suggests adding in Parent input');
    await dana.screenshot({ path: '/tmp/bridgeplan-suggestion.png' });

    await card.getByRole('button', { name: /^Accept/ }).click();
    for (const page of [dana, alex]) {
      const editor = page.getByRole('textbox', { name: field });
      await expect.poll(() => editor.locator('.suggestion').count(), { timeout: 15_000 }).toBe(0);
      expect(await editor.innerText()).toContain('She practises writing with chalk.');
    }
    await expect.poll(() => dana.getByRole('status').filter({ hasText: 'Accepted the suggestion.' }).count()).toBe(1);
    await expect.poll(() => dana.getByTestId('suggestions-toggle').innerText()).toBe('No open suggestions');
  });
});
