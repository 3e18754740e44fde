import { describe, expect, it } from 'vitest';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';
import { todayIn } from '../../shared/iepDates';

/**
 * A school whose day is not UTC's day right now: a report's period must end on the school's
 * today. Samoa (UTC−11) is a day behind UTC until 11:00 UTC, Kiritimati (UTC+14) a day ahead
 * from 10:00 UTC, so one of them differs whenever the test runs.
 */
const schoolZone = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';

/** The progress report card: its default period, and the codes it suggests as data arrives. */
describe('the progress report in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist' }, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, schoolZone);
    await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'fine_motor', target: 'Tripod grip in 80% of trials' });
  });

  it('ends the period today at the school, the day the report says it was issued', async () => {
    const today = todayIn(schoolZone);
    expect(today).not.toBe(new Date().toISOString().slice(0, 10));
    const dana = await suite.open('Dana Ortiz', '/progress');
    const to = dana.locator('.progress-report').getByLabel('To', { exact: true });
    await to.waitFor();
    expect(await to.inputValue()).toBe(today);

    const md = await fetch(`${suite.server.url}/api/workspaces/${suite.team.workspaceId}/progress/report?from=${await dana.locator('.progress-report').getByLabel('From', { exact: true }).inputValue()}&to=${today}&format=md`, {
      headers: { cookie: suite.team.members['Dana Ortiz']!.cookie, 'sec-fetch-site': 'same-origin' },
    });
    const issued = /\*\*Issued:\*\* (.+)/.exec(await md.text())?.[1];
    const [year, month, day] = today.split('-').map(Number) as [number, number, number];
    expect(issued).toBe(new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' }));
  });

  it('updates the suggested code when a colleague records a point, without a reload', async () => {
    const dana = await suite.open('Dana Ortiz', '/progress');
    const priya = await suite.open('Priya Nair', '/progress');
    const suggested = dana.locator('.progress-report__codes select option', { hasText: '(suggested by the data)' });
    await suggested.first().waitFor({ state: 'attached' });
    expect(await suggested.textContent()).toContain('Not yet introduced');

    const form = priya.locator('form.record').first();
    await form.locator('input[type="number"]').fill('70');
    await form.getByRole('button', { name: 'Save' }).click();
    await priya.getByText(/Saved: 70%/).waitFor();

    await dana.waitForFunction(() => {
      const option = [...document.querySelectorAll('.progress-report__codes select option')].find((entry) => entry.textContent?.includes('(suggested by the data)'));
      return option !== undefined && !option.textContent!.includes('Not yet introduced');
    }, undefined, { timeout: 10_000 });
    // The select shows the new suggestion: nobody had chosen a code yet.
    const select = dana.locator('.progress-report__codes select').first();
    expect(await select.locator('option:checked').textContent()).toContain('(suggested by the data)');
    expect(await select.locator('option:checked').textContent()).not.toContain('Not yet introduced');
  });
});
