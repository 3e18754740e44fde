import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { axeViolations } from '../helpers/axe';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
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
    await server.services.workspaces.setTimeZone(team.workspaceId, zone);
    await writePlan(
      server, team, 'Dana Ortiz',
      (plan) => {
        plan.goals.add({ area: 'fine_motor', target: 'Tripod grip for 10 minutes' }, authorOf(team, 'Dana Ortiz'));
        return plan.services.add({ type: 'ot', provider: 'School OT', frequency: '2 × weekly', duration: '30 min' }, authorOf(team, 'Dana Ortiz'));
      },
      (plan) => plan.services.list().length === 1 && plan.goals.list().length === 1,
    );
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
    expect(await reminder.textContent()).toContain('the child missed the session on');
    await dana.screenshot({ path: 'test-results/service-log.png', fullPage: true });
    expect(await axeViolations(await suite.open('Dana Ortiz', '/services', { bypassCSP: true, waitForConnection: false }).then(async (page) => {
      await page.getByTestId('missed-flag').waitFor();
      return page;
    }))).toEqual([]);
    // The plan's service shows what was delivered, against the same four weeks.
    const plan = await suite.open('Dana Ortiz', '/plan');
    const delivered = plan.getByTestId('service-delivered');
    await delivered.waitFor();
    expect(await delivered.textContent()).toBe('30 of 240 min delivered in the last 4 weeks · 1 missed session has no make-up');
    // From the goal to its session notes.
    await plan.getByRole('link', { name: 'Session notes on goal 1' }).click();
    await plan.waitForURL(/\/notes\?target=goal%3A|\/notes\?target=goal:/);
    const target = plan.getByRole('combobox', { name: 'Goal or support' });
    await target.waitFor();
    expect(await target.locator('option:checked').textContent()).toBe('Goal: Tripod grip for 10 minutes');
  });

  it('shares a session note on a goal, saying who reads it, and the parent reads it there', async () => {
    const priya = await suite.open('Priya Nair', '/notes', { waitForConnection: false, bypassCSP: true });
    await priya.getByRole('combobox', { name: 'Goal or support' }).waitFor();
    expect(await priya.locator('#note-audience').textContent()).toBe('Everyone on the team can read notes here.');
    await priya.getByLabel('Note', { exact: true }).fill('What worked today: the slant board and a 2-minute movement break');
    await priya.getByRole('button', { name: 'Share note' }).click();
    await priya.getByTestId('notes-timeline').getByText('the slant board').waitFor();
    expect(await axeViolations(priya)).toEqual([]);

    const alex = await suite.open('Alex Rivera', '/notes', { waitForConnection: false });
    const timeline = alex.getByTestId('notes-timeline');
    await timeline.getByText('What worked today: the slant board and a 2-minute movement break').waitFor();
    expect(await timeline.textContent()).toContain('Seen by the whole team');
    expect(await alex.getByTestId('notes-inbox').textContent()).toContain('Priya Nair');
  });

  it('makes a personal calendar feed, shows its address once, and turns it off', async () => {
    const page = await openPageAs(suite.browser, suite.server, suite.team, 'Dana Ortiz', '/settings', { waitForConnection: false, bypassCSP: true });
    const card = page.getByTestId('calendar-feed');
    await card.getByText('You have no calendar feed.').waitFor();
    await card.getByRole('button', { name: 'Create a calendar feed' }).click();
    const url = await card.getByLabel('Your calendar address').inputValue();
    expect(url).toMatch(/\/api\/calendar\/feeds\/cal_[A-Za-z0-9_-]{43}\.ics$/);
    expect((await fetch(url.replace(/^https?:\/\/[^/]+/, suite.server.url))).status).toBe(200);
    expect(await axeViolations(page)).toEqual([]);
    await card.getByRole('button', { name: 'Turn the feed off' }).click();
    await card.getByText('The feed is off; its address no longer works.').waitFor();
    expect((await fetch(url.replace(/^https?:\/\/[^/]+/, suite.server.url))).status).toBe(404);
  });
});
