import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { addYears, todayIn } from '../../shared/iepDates';
import { meetingDoc, planDoc } from '../../shared/schema';
import { defaultStaticDir } from '../../server/main';
import { launchBrowser } from '../helpers/browser';
import { openPageAs } from '../helpers/browserSession';
import { writeCompletePlan } from '../helpers/iepFixture';
import { authorOf, seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * A case manager's morning: the caseload shows the student whose annual review is overdue
 * first; on that student's plan, filling in the two missing parts brings the completeness
 * line to "all required".
 */
describe('the caseload and the complete IEP in the browser', () => {
  let server: TestServer;
  let team: SeededTeam;
  let browser: Browser;
  let meetingId = '';
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: defaultStaticDir });
    team = await seedTeam(server.services, { manager: 'case_manager', parent: 'parent', teacher: 'teacher' });
    const today = todayIn('UTC');
    const twoYearsAgo = addYears(today, -2)!;
    const manager = authorOf(team, 'manager');
    // Sam's plan: written two years ago, so the annual review is overdue; everything but the
    // assessments and the extended school year is filled in.
    await server.services.rooms.change(team.planDoc, (doc) => {
      writeCompletePlan(planDoc(doc), manager, ['assessments', 'extendedSchoolYear'], { meeting: twoYearsAgo, start: twoYearsAgo, end: addYears(twoYearsAgo, 1)! });
      planDoc(doc).student.update({ eligibilityDate: addYears(today, -1)! });
    });
    // A meeting where every required participant was present or excused in writing.
    const meeting = await server.services.meetings.create(team.workspaceId, { kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: new Date(Date.now() - 86_400_000).toISOString() }, team.members.manager!.userId);
    meetingId = meeting.id;
    await server.services.rooms.change(meeting.docName, (doc) => {
      const live = meetingDoc(doc);
      live.attendance.mark({ userId: team.members.parent!.userId, name: 'parent', role: 'parent' }, 'in_person');
      live.attendance.mark({ userId: team.members.teacher!.userId, name: 'teacher', role: 'teacher' }, 'in_person');
      live.attendance.mark({ userId: team.members.manager!.userId, name: 'manager', role: 'case_manager' }, 'in_person');
      live.team.guests.add({ name: 'Mr. Okafor', role: 'district_representative' }, manager);
      live.team.guests.add({ name: 'Dr. Shah', role: 'evaluation_interpreter' }, manager);
    });
    // A second student of the same case manager, alphabetically first, with nothing overdue.
    const second = await server.services.workspaces.create(team.members.manager!.userId, { studentName: 'Alex Second', gradeOrBirthDate: '', school: '' });
    await server.services.rooms.change(`${second.id}/plan`, (doc) => {
      planDoc(doc).dates.update({ meetingDate: today, startDate: today, endDate: addYears(today, 1)! });
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  it('shows the overdue annual review first, and completing the missing parts makes every required part complete', async () => {
    const page = await openPageAs(browser, server, team, 'manager', '/caseload', { waitForConnection: false, contexts });
    const cards = page.getByTestId('caseload-student');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBe(2);
    const first = cards.first();
    expect(await first.getByRole('heading').innerText()).toBe('Sam Example');
    const firstDue = await first.getByTestId('due-item').first().innerText();
    expect(firstDue).toMatch(/^Annual review: .* \(overdue by \d+ months\)$/);
    expect(await cards.nth(1).getByRole('heading').innerText()).toBe('Alex Second');
    expect(await first.innerText()).toContain('11 of 13 required parts complete');

    // The student opens from the caseload.
    await first.getByRole('link', { name: 'Sam Example', exact: true }).click();
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    const line = page.getByTestId('completeness-line');
    await expect.poll(() => line.innerText(), { timeout: 20_000 }).toContain('11 of 13 required parts complete');

    // State and district assessments: one, taken as everyone takes it.
    await page.getByRole('button', { name: 'Add an assessment' }).click();
    await page.getByLabel('Which assessment').fill('State reading test, grade 4');
    // Extended school year: considered, not needed, with the reason.
    await page.getByLabel('The team considered extended school year services').check();
    await page.getByRole('radio', { name: 'Extended school year services are not needed' }).check();
    await page.getByLabel('Reason for the decision').fill('No loss of skills over breaks in the data.');

    await expect.poll(() => line.innerText(), { timeout: 20_000 }).toContain('All 13 required parts complete');
  });

  it('speaks to a parent of their child, not of a caseload', async () => {
    const page = await openPageAs(browser, server, team, 'parent', '/', { waitForConnection: false, contexts });
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Coming up' }).click();
    await page.getByRole('heading', { level: 1, name: 'Coming up' }).waitFor();
    await expect.poll(() => page.getByTestId('caseload-student').count(), { timeout: 15_000 }).toBe(1);
    expect(await page.locator('.page-lead').innerText()).toMatch(/^Your child’s dates, the next meeting/);
    expect(await page.getByText(/caseload|your students/i).count()).toBe(0);

    const manager = await openPageAs(browser, server, team, 'manager', '/caseload', { waitForConnection: false, contexts });
    await expect.poll(() => manager.getByTestId('caseload-student').count(), { timeout: 15_000 }).toBe(2);
    expect(await manager.locator('.page-lead').innerText()).toMatch(/^Your students, with what is overdue first/);
  });

  it('opens a parent’s first page on their child, with the form for another plan folded away', async () => {
    const page = await openPageAs(browser, server, team, 'parent', '/', { waitForConnection: false, contexts, viewport: { width: 390, height: 844 } });
    await page.getByRole('heading', { level: 1, name: 'Your child' }).waitFor();
    expect(await page.locator('.page-lead').innerText()).toBe('Open your child’s plan, their week, their progress and the people on their team.');
    expect(await page.title()).toMatch(/^Your child/);
    expect(await page.getByText(/your students/i).count()).toBe(0);
    // The child's card is all a phone shows below the heading, not the start of a form.
    const startAnother = page.getByText('Start a plan for another student');
    await startAnother.waitFor();
    expect(await page.getByLabel('Student’s name').isVisible()).toBe(false);
    await startAnother.click();
    await page.getByRole('form', { name: 'Start a plan for another student' }).getByLabel('Student’s name').waitFor();
    // The child's page leads back "Home", not to "Your students".
    await page.getByTestId('workspace-list').getByRole('link').first().click();
    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Your child' }).waitFor();

    const manager = await openPageAs(browser, server, team, 'manager', '/', { waitForConnection: false, contexts });
    await manager.getByRole('heading', { level: 1, name: 'Your students' }).waitFor();
    await manager.getByText('Start a plan for another student').waitFor();
    expect(await manager.getByLabel('Student’s name').isVisible()).toBe(false);
    await page.context().close();
    await manager.context().close();
  });

  it('shows the live plan beside the agenda, and a decision made in the meeting reaches the plan', async () => {
    const page = await openPageAs(browser, server, team, 'manager', `/w/${team.workspaceId}/meeting/${meetingId}`, { contexts });
    await page.getByRole('button', { name: 'Show the plan beside the agenda' }).click();
    const beside = page.getByRole('region', { name: 'The plan' });
    await expect.poll(() => beside.getByTestId('completeness-line').innerText(), { timeout: 20_000 }).toMatch(/required parts complete/);

    await page.getByRole('button', { name: 'Record a decision' }).first().click();
    await page.keyboard.type('Speech therapy moves to the classroom in January');
    await page.getByRole('button', { name: 'Add to the plan’s decisions' }).first().click();
    await page.getByText('In the plan’s decisions.').waitFor();
    // The plan beside is the same live document: the carried decision appears there, linked to its meeting.
    await expect
      .poll(() => beside.getByRole('textbox', { name: /^Decision \d+$/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLTextAreaElement).value)), { timeout: 20_000 })
      .toContain('Speech therapy moves to the classroom in January');
    await beside.getByRole('link', { name: 'Agreed in a meeting: open it' }).first().waitFor();
  });
});
