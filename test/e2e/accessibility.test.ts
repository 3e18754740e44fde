import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { planDoc } from '../../shared/schema';
import { axeViolations } from '../helpers/axe';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { writeCompletePlan } from '../helpers/completePlan';
import { authorOf } from '../helpers/seed';
import { apiClient } from '../helpers/apiClient';

/**
 * axe-core on every page, as each is first shown and with its content loaded: zero violations
 * of any impact (WCAG 2.x A and AA, and axe's best practices).
 */
describe('every page passes axe-core', () => {
  let meetingId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Lee Park': 'parent', 'Priya Nair': 'teacher' }, async (server, team) => {
    await server.services.rooms.change(team.planDoc, (doc) => {
      const plan = planDoc(doc);
      writeCompletePlan(plan, authorOf(team, 'Dana Ortiz'));
      plan.supports.add({ kind: 'accommodation', title: 'Visual timer', use: { classroom: { status: 'used' }, clinic: { status: 'not_needed' } } }, authorOf(team, 'Dana Ortiz'));
    });
    // A conversation that mentions Dana: the students and workspace pages show the counts.
    await apiClient(server.url, { cookie: team.members['Lee Park']!.cookie }).request('POST', `/api/workspaces/${team.workspaceId}/threads`, {
      anchor: { kind: 'item', ref: { doc: 'plan', section: 'goals' }, label: 'Goals' },
      body: 'Could we talk about homework?',
      mentions: [team.members['Dana Ortiz']!.userId],
    });
    meetingId = (await server.services.meetings.create(team.workspaceId, { kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: new Date(Date.now() + 86_400_000).toISOString() }, team.members['Dana Ortiz']!.userId)).id;
  });

  const expectNoViolations = async (page: Page) => {
    await page.locator('h1').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  };
  const openAt = (person: string, path: string) =>
    openPageAs(suite.browser, suite.server, suite.team, person, path, { bypassCSP: true, waitForConnection: false });

  it('the students page', async () => {
    const page = await openAt('Dana Ortiz', '/');
    await page.getByTestId('workspace-list').waitFor();
    await expect.poll(() => page.getByTestId('unread-badge').innerText()).toMatch(/1 unread conversation\s*1 mentions you/);
    await expectNoViolations(page);
  });

  it('the workspace page, for the case manager and for a parent', async () => {
    for (const person of ['Dana Ortiz', 'Lee Park']) {
      const page = await suite.open(person, '', { bypassCSP: true, waitForConnection: false });
      await page.getByRole('tab', { name: 'Team' }).waitFor();
      await expectNoViolations(page);
    }
  });

  it('the plan page', async () => {
    const page = await suite.open('Dana Ortiz', '/plan', { bypassCSP: true });
    await page.locator('article.goal-card').first().waitFor();
    await expectNoViolations(page);
  });

  it('the meeting page', async () => {
    const page = await suite.open('Dana Ortiz', `/meeting/${meetingId}`, { bypassCSP: true });
    await expectNoViolations(page);
  });

  it('the progress page', async () => {
    const page = await suite.open('Priya Nair', '/progress', { bypassCSP: true });
    await expectNoViolations(page);
  });

  it('the caseload page', async () => {
    const page = await openAt('Dana Ortiz', '/caseload');
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await expectNoViolations(page);
  });

  it('the settings page', async () => {
    const page = await openAt('Dana Ortiz', '/settings');
    await expectNoViolations(page);
  });

  it('the unsubscribe page, opened from a mail without signing in', async () => {
    const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/unsubscribe?token=not-a-real-token`);
      await page.getByText('This unsubscribe link is not valid').waitFor();
      await expectNoViolations(page);
    } finally {
      await context.close();
    }
  });

  it('the sign-in page', async () => {
    const context = await suite.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/signin`);
      await expectNoViolations(page);
    } finally {
      await context.close();
    }
  });
});
