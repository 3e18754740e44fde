import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { addDays, mondayOf, todayIn } from '../../shared/scheduleTime';
import { formatClockIn, formatWeekdayIn } from '../../shared/i18n/dates';

/**
 * The clinic therapist adds a Tuesday 3 PM appointment over school OT; the case manager sees
 * the conflict at once with a free slot, moves it there, and the conflict clears for both.
 */
describe('the child’s week in the browser', () => {
  const tuesday = addDays(mondayOf(todayIn('America/Chicago')), 1);
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Dr. Chen': 'clinical_therapist' }, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    const serviceId = await writePlan(server, team, 'Dana Ortiz', (plan) => plan.services.add({ type: 'ot', frequency: 'weekly', duration: '45 min' }, authorOf(team, 'Dana Ortiz')), (plan) => plan.services.list().length === 1);
    const priya = apiClient(server.url, { cookie: team.members['Priya Nair']!.cookie });
    const added = await priya.request('POST', `/api/workspaces/${team.workspaceId}/schedule/sessions`, { kind: 'school_service', title: 'School OT', serviceId, start: `${addDays(tuesday, -7)}T15:00`, minutes: 45, rrule: 'FREQ=WEEKLY;BYDAY=TU' });
    expect(added.status).toBe(201);
  });

  it('shows the overlap live with a free slot, and moving it clears it for both', async () => {
    const dana = await suite.open('Dana Ortiz', '/schedule');
    const chen = await suite.open('Dr. Chen', '/schedule');
    await dana.getByText('No conflicts this week').waitFor();

    // The clinic therapist types the appointment: the clash shows before it is saved.
    const form = chen.locator('form.add-session__form');
    await form.getByLabel('Title').fill('Clinic OT');
    await form.getByLabel('Day').selectOption({ index: 1 });
    await form.getByLabel('Starts').fill('15:00');
    await form.getByLabel('Minutes').fill('45');
    await chen.getByText('This would conflict:').waitFor();
    await form.getByRole('button', { name: 'Add' }).click();
    // The line that says it was added follows a change of language, like the rest of the page.
    await chen.getByRole('status').getByText('Clinic OT added.').waitFor();
    await chen.getByTestId('language-select').selectOption('es');
    await chen.getByRole('status').getByText('Se agregó Clinic OT.').waitFor();
    await chen.getByTestId('language-select').selectOption('en');

    const conflict = dana.locator('[data-testid="schedule-conflict"][data-kind="overlap"]');
    await conflict.waitFor({ timeout: 15_000 });
    expect(await conflict.textContent()).toContain('Involves');
    expect(await conflict.textContent()).toContain('Dr. Chen');
    expect(await conflict.textContent()).toContain('Priya Nair');
    await chen.locator('[data-testid="schedule-conflict"][data-kind="overlap"]').waitFor();
    expect(await dana.locator('[data-testid="session-block"][data-conflict="true"]').count()).toBe(2);
    await dana.screenshot({ path: 'test-results/schedule-conflict.png', fullPage: true });

    // Read in Spanish, the same conflict says what clashes in Spanish, on the Spanish clock.
    const sentence = conflict.locator('.conflict__message');
    expect(await sentence.textContent()).toContain('overlap on');
    await dana.getByTestId('language-select').selectOption('es');
    await sentence.getByText(`se superponen el ${formatWeekdayIn('es', tuesday)}.`, { exact: false }).waitFor();
    const spanish = (await sentence.textContent()) ?? '';
    expect(spanish).toContain(`(${formatClockIn('es', 900)}–${formatClockIn('es', 945)})`);
    expect(spanish).not.toContain('overlap');
    await dana.getByTestId('language-select').selectOption('en');
    await sentence.getByText('overlap on', { exact: false }).waitFor();

    const move = dana.getByRole('button', { name: /^Move Clinic OT to / });
    await move.first().waitFor();
    const label = await move.first().textContent();
    await move.first().click();

    for (const page of [dana, chen]) {
      await page.getByText('No conflicts this week').waitFor({ timeout: 15_000 });
      expect(await page.locator('[data-testid="session-block"][data-conflict="true"]').count()).toBe(0);
    }
    expect(label).toMatch(/^Move Clinic OT to (Mon|Tue|Wed|Thu|Fri)[a-z]*, /);
    await chen.screenshot({ path: 'test-results/schedule-resolved.png', fullPage: true });
  });
});
