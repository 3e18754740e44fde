import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';

/** A therapist records a data point; the parent sees it on the goal's chart at once. */
describe('progress monitoring in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Alex Moreno': 'parent' },
    (server, team) => seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'fine_motor', target: 'Tripod grip in 80% of trials' }).then(() => undefined),
  );

  const openProgressAs = (person: string): Promise<Page> => suite.open(person, '/progress');

  it('shows a point recorded in one page on the chart in the other', async () => {
    const priya = await openProgressAs('Priya Nair');
    const alex = await openProgressAs('Alex Moreno');

    const form = priya.locator('form.record').first();
    await form.locator('input[type="number"]').fill('70');
    await form.getByRole('button', { name: 'Save' }).click();
    await priya.getByText(/Saved: 70%/).waitFor();
    // The line says it again in the language the reader switches to.
    await priya.getByTestId('language-select').selectOption('es');
    await priya.getByText(/Guardado: 70/).waitFor();
    await priya.getByTestId('language-select').selectOption('en');

    const point = alex.locator('.chart__point[aria-label*="70%"]');
    await point.first().waitFor({ timeout: 15_000 });
    expect(await point.first().getAttribute('aria-label')).toContain('recorded by Priya Nair');
  });

  it('explains a value that does not fit in the reader’s language, and records nothing', async () => {
    const priya = await openProgressAs('Priya Nair');
    const form = priya.locator('form.record').first();
    const input = form.locator('input[type="number"]');
    await priya.getByTestId('language-select').selectOption('es');
    await input.fill('150');
    await input.press('Enter');
    await form.getByRole('alert').getByText('Un porcentaje está entre 0 y 100.').waitFor();

    // Back in English, the problem already shown says it in English, without being asked again.
    await priya.getByTestId('language-select').selectOption('en');
    await form.getByRole('alert').getByText('A percentage is between 0 and 100.').waitFor();
    expect(await input.inputValue()).toBe('150');
    expect(await priya.locator('.chart__point[aria-label*="150%"]').count()).toBe(0);
  });
});
