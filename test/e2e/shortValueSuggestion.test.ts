import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe';
import { useBrowserTeam } from '../helpers/browserSession';

/**
 * A parent held to suggesting corrects a short value of the record (the school): their words
 * are a proposal under the field until the case manager accepts, and the plan's value stands
 * for everyone meanwhile.
 */
describe('a parent proposes a short value', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Alex Moreno': 'parent' });
  const school = (page: Page) => page.getByRole('textbox', { name: 'School', exact: true });

  it('shows the proposal to everyone, and the case manager’s accept makes it the plan’s', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan', { bypassCSP: true });
    await school(dana).click();
    await dana.keyboard.type('Lincoln');
    await dana.keyboard.press('Tab');

    const alex = await suite.open('Alex Moreno', '/plan', { bypassCSP: true });
    await expect.poll(() => school(alex).inputValue(), { timeout: 15_000 }).toBe('Lincoln');
    expect(await school(alex).getAttribute('readonly')).toBeNull();
    await school(alex).click();
    await alex.keyboard.press('End');
    await alex.keyboard.type(' Elementary School');
    await alex.keyboard.press('Tab');

    // Both see the proposal under the field; the plan's value is unchanged until a decision.
    for (const page of [dana, alex]) {
      const proposal = page.getByTestId('plain-suggestion');
      await expect.poll(async () => (await proposal.innerText()).replace(/\s+/g, ' '), { timeout: 15_000 }).toContain('Alex Moreno suggests');
      await expect.poll(() => proposal.innerText()).toContain('Elementary School');
    }
    expect(await school(dana).inputValue()).toBe('Lincoln');
    expect(await axeViolations(alex)).toEqual([]);
    await school(alex).scrollIntoViewIfNeeded();
    await alex.screenshot({ path: '/tmp/bridgeplan-short-value-suggestion.png' });

    await dana.getByTestId('suggestions-toggle').click();
    const card = dana.getByTestId('suggestion-card');
    await expect.poll(async () => (await card.innerText()).replace(/\s+/g, ' ')).toContain('Alex Moreno suggests new wording in About the student · School');
    // Nothing changed since the proposal began: nothing to warn of.
    expect(await card.getByTestId('suggestion-changed-since').count()).toBe(0);

    // The case manager changes the school herself; the proposal's card says what accepting replaces.
    await school(dana).fill('Lincoln Primary');
    await school(dana).press('Tab');
    await expect
      .poll(() => card.getByTestId('suggestion-changed-since').innerText().catch(() => ''), { timeout: 15_000 })
      .toBe('Changed since this was proposed: it now reads “Lincoln Primary”. Accepting puts the proposed words in its place.');
    expect(await axeViolations(dana)).toEqual([]);
    await card.scrollIntoViewIfNeeded();
    await dana.screenshot({ path: '/tmp/bridgeplan-short-value-changed.png' });
    await card.getByRole('button', { name: /^Accept/ }).click();
    for (const page of [dana, alex]) {
      await expect.poll(() => school(page).inputValue(), { timeout: 15_000 }).toBe('Lincoln Elementary School');
      await expect.poll(() => page.getByTestId('plain-suggestion').count()).toBe(0);
    }
  });
});
