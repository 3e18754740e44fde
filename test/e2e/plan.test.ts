import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';
import { apiClient } from '../helpers/apiClient';

/** Two members building the plan's goals and supports at the same time, in two browsers. */
describe('the structured plan in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist' });

  const openPlanAs = (person: string): Promise<Page> => suite.open(person, '/plan');

  async function addGoal(page: Page, area: string, words: string): Promise<void> {
    await page.getByLabel('Area of the new goal').selectOption(area);
    await page.getByRole('button', { name: 'Add goal' }).click();
    // The new goal's "in words" editor takes the focus, so the person can type at once.
    await page.keyboard.type(words);
  }

  async function addSupport(page: Page, title: string): Promise<void> {
    await page.getByLabel('What it is', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Add support' }).click();
  }

  const goalTexts = (page: Page) => page.locator('article.goal-card').allInnerTexts();

  it('keeps both people’s goals and supports and shows the same plan on both pages', async () => {
    const dana = await openPlanAs('Dana Ortiz');
    const priya = await openPlanAs('Priya Nair');

    await Promise.all([
      addGoal(dana, 'communication', 'Maya will ask for help using a full sentence.'),
      addGoal(priya, 'fine_motor', 'Maya will hold a pencil with a tripod grip.'),
    ]);
    await Promise.all([addSupport(dana, 'Visual timer'), addSupport(priya, 'Pencil grip')]);

    for (const page of [dana, priya]) {
      await expect.poll(async () => (await goalTexts(page)).length, { timeout: 15_000 }).toBe(2);
      await expect.poll(async () => (await goalTexts(page)).join('\n'), { timeout: 15_000 }).toContain('ask for help using a full sentence');
      await expect.poll(async () => (await goalTexts(page)).join('\n'), { timeout: 15_000 }).toContain('tripod grip');
      await expect
        .poll(async () => (await page.getByRole('textbox', { name: /^Support \d, what it is$/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).sort())), { timeout: 15_000 })
        .toEqual(['Pencil grip', 'Visual timer']);
    }
    // Each goal card says who added it and from which setting.
    expect((await goalTexts(dana)).join('\n')).toContain('Priya Nair');
    // Neither support is used anywhere yet, and the count says so in plain words.
    await expect.poll(() => dana.locator('.supports__summary').innerText(), { timeout: 15_000 }).toBe('2 of 2 supports are not used in every setting yet.');

    // What the pages show is what the server stored.
    const api = apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie });
    await expect
      .poll(async () => (await api.request<{ plan: { goals: { area: string }[]; supports: { title: string }[] } }>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`)).body.plan.supports.map((s) => s.title).sort(), { timeout: 10_000 })
      .toEqual(['Pencil grip', 'Visual timer']);
    const stored = await api.request<{ plan: { goals: { area: string }[] } }>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`);
    expect(stored.body.plan.goals.map((g) => g.area).sort()).toEqual(['communication', 'fine_motor']);
  });
});

describe('the supports summary with one support', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager' });

  it('says of a single support that it is not used everywhere yet, not "1 of 1 supports are"', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    await dana.getByLabel('What it is', { exact: true }).fill('Wobble cushion');
    await dana.getByRole('button', { name: 'Add support' }).click();
    await expect.poll(() => dana.locator('.supports__summary').innerText(), { timeout: 15_000 }).toBe('The support is not used in every setting yet.');
  });
});
