import { describe, expect, it } from 'vitest';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';
import { todayIn } from '../../shared/iepDates';

/**
 * A school whose day is not UTC's day right now: a report's period must end on the school's
 * today. Samoa (UTC−11) is a day behind UTC until 11:00 UTC, Kiritimati (UTC+14) a day ahead
 * from 10:00 UTC, so one of them differs whenever the test runs.
 */
const schoolZone = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';

/** The progress report card: its default period. */
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

});
