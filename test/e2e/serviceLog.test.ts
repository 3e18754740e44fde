import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';

/**
 * The school OT logs a delivered session and a missed one; the case manager opens the log and
 * sees the minutes against the plan's and the missed session flagged, and is reminded of it.
 */
describe('the service delivery log in the browser', () => {
  const zone = 'America/Chicago';
  const today = todayIn(zone);
  const yesterday = addDays(today, -1);
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Alex Rivera': 'parent' }, async (server, team) => {
    server.services.workspaces.setTimeZone(team.workspaceId, zone);
    await writePlan(server, team, 'Dana Ortiz', (plan) => plan.services.add({ type: 'ot', provider: 'School OT', frequency: '2 × weekly', duration: '30 min' }, authorOf(team, 'Dana Ortiz')), (plan) => plan.services.list().length === 1);
  });

  it('logs a session as the school OT; the case manager sees the totals and the missed session flagged', async () => {
    const priya = await suite.open('Priya Nair', '/services', { waitForConnection: false });
    const form = priya.getByTestId('log-session-form');
    await form.waitFor();
    await form.getByLabel('Date').fill(today);
    await form.getByLabel('Status').selectOption('delivered');
    await form.getByLabel('Minutes').fill('30');
    await form.getByLabel('Note').fill('Slant board and a movement break');
    await form.getByRole('button', { name: 'Log session' }).click();
    await priya.getByText('Session logged.').waitFor();
    await priya.getByTestId('period-total').getByText('30 of 240 min delivered in this period').waitFor();

    await form.getByLabel('Date').fill(yesterday);
    await form.getByLabel('Status').selectOption('missed_child');
    await form.getByLabel('Note').fill('Absent');
    await form.getByRole('button', { name: 'Log session' }).click();
    await priya.getByTestId('missed-flag').waitFor();

    const dana = await suite.open('Dana Ortiz', '/services', { waitForConnection: false });
    const card = dana.getByTestId('service-totals');
    await card.getByTestId('period-total').getByText('30 of 240 min delivered in this period').waitFor();
    const flag = card.getByTestId('missed-flag');
    expect(await flag.textContent()).toContain('1 missed session has no make-up');
    expect(await flag.textContent()).toContain('Missed by the child');
    expect(await card.getByTestId('log-entries').textContent()).toContain('logged by Priya Nair');
    // The parent reads the log but does not log sessions.
    const alex = await suite.open('Alex Rivera', '/services', { waitForConnection: false });
    await alex.getByTestId('service-totals').getByTestId('missed-flag').waitFor();
    expect(await alex.getByTestId('log-session-form').count()).toBe(0);

    // The reminder job tells the case manager, on the team page, where unread news shows.
    await suite.server.services.reminderJob.run();
    const team = await suite.open('Dana Ortiz', '', { waitForConnection: false });
    const reminder = team.getByTestId('reminders').locator('[data-kind="missed_session"]');
    await reminder.waitFor();
    expect(await reminder.textContent()).toContain('was missed (Missed by the child) and has no make-up yet');
    await dana.screenshot({ path: 'test-results/service-log.png', fullPage: true });
  });
});
