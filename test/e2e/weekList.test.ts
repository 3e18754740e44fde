import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { axeViolations } from '../helpers/axe';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { addDays, mondayOf, todayIn } from '../../shared/scheduleTime';

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 900 };
const longTitle = 'Social thinking group with the school counselor and two classmates from the lunch club';

/**
 * The week as a list, day by day: what a phone opens on, where the grid has room for two days
 * and a touch screen no tooltip for a title cut short. Every session reads whole, with its time,
 * where it happens and with whom, and the ones in a conflict say so in words.
 */
describe('the child’s week as a list', () => {
  const monday = mondayOf(todayIn('America/Chicago'));
  const wednesday = addDays(monday, 2);
  const thursday = addDays(monday, 3);
  const saturday = addDays(monday, 5);
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Alex Moreno': 'parent' }, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    const author = authorOf(team, 'Dana Ortiz');
    const [speech] = await writePlan(server, team, 'Dana Ortiz', (plan) => [
      plan.services.add({ type: 'speech', frequency: '2 × 30 min weekly', duration: '30 min', provider: 'Ms. Rivera, SLP' }, author),
    ], (plan) => plan.services.list().length === 1);
    const sessions = `/api/workspaces/${team.workspaceId}/schedule/sessions`;
    const as = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
    const added = await Promise.all([
      as('Dana Ortiz').request('POST', sessions, { id: 'ses_reading', kind: 'protected', title: 'Reading block', start: `${wednesday}T08:30`, minutes: 90, rrule: '' }),
      as('Priya Nair').request('POST', sessions, { id: 'ses_speech', kind: 'school_service', title: 'Speech therapy', serviceId: speech, providerName: 'Ms. Rivera, SLP', start: `${wednesday}T09:30`, minutes: 30, rrule: '' }),
      as('Priya Nair').request('POST', sessions, { id: 'ses_group', kind: 'school_service', title: longTitle, serviceId: speech, start: `${thursday}T11:00`, minutes: 25, rrule: '' }),
      // The family's Saturday: the week shows its weekend.
      as('Alex Moreno').request('POST', sessions, { id: 'ses_swim', kind: 'home', title: 'Swimming lesson', start: `${saturday}T10:00`, minutes: 45, rrule: '' }),
    ]);
    expect(added.map((response) => response.status)).toEqual([201, 201, 201, 201]);
    expect((await as('Alex Moreno').request('PUT', '/api/auth/language', { language: 'es' })).status).toBe(200);
  });

  const row = (page: Page, sessionId: string) => page.locator(`[data-testid="week-list-session"][data-session="${sessionId}"]`);
  const rowText = (page: Page, sessionId: string) => row(page, sessionId).evaluate((element) => (element as HTMLElement).innerText.replace(/\s+/g, ' ').trim());

  it('opens as a list on a phone, each session whole, with its time, setting, provider and conflict', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule', { viewport: phone });
    await row(page, 'ses_group').waitFor();
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('session-block').count()).toBe(0);
    // A long title in a 25-minute session: cut to "11:00 Social…" on the grid, whole here.
    expect(await rowText(page, 'ses_group')).toMatch(new RegExp(`^11–11:25 AM ${longTitle} School$`));
    expect(await rowText(page, 'ses_speech')).toMatch(/^9:30–10 AM Speech therapy School · with Ms\. Rivera, SLP In a conflict$/);
    expect(await rowText(page, 'ses_reading')).toMatch(/^8:30–10 AM Reading block Protected In a conflict$/);
    // In the day's order, under the day's full name; a day with nothing says so.
    const days = await page.locator('.week-list__date').allInnerTexts();
    expect(days.length).toBe(7);
    expect(await rowText(page, 'ses_swim')).toMatch(/^10–10:45 AM Swimming lesson Home$/);
    expect(await page.locator('.week-list__day').last().innerText()).toContain('Nothing scheduled.');
    const wednesdayIndex = 2;
    expect(days[wednesdayIndex]).toMatch(/^Wednesday, [A-Z][a-z]+ \d{1,2}$/);
    expect(await page.locator('.week-list__day').nth(wednesdayIndex).locator('[data-testid="week-list-session"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-session')))).toEqual(['ses_reading', 'ses_speech']);
    expect(await page.locator('.week-list__day').first().innerText()).toContain('Nothing scheduled.');
    // Nothing on the list is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    // The grid is one tap away, and back.
    await page.getByRole('button', { name: 'Grid' }).click();
    await page.locator('[data-testid="session-block"][data-session="ses_group"]').waitFor();
    expect(await page.getByTestId('week-list').count()).toBe(0);
    await page.getByRole('button', { name: 'List' }).click();
    await row(page, 'ses_group').waitFor();
    await page.context().close();
  });

  it('opens as the grid on a laptop, with the list one click away', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule', { viewport: laptop });
    await page.locator('[data-testid="session-block"][data-session="ses_speech"]').waitFor();
    expect(await page.getByRole('button', { name: 'Grid' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'List' }).click();
    expect(await rowText(page, 'ses_group')).toContain(longTitle);
    expect(await page.getByTestId('session-block').count()).toBe(0);
    await page.context().close();
  });

  it('fits a week with its weekend to a laptop without scrolling sideways, the conflicts under it', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule', { viewport: laptop });
    await page.locator('[data-testid="session-block"][data-session="ses_swim"]').waitFor();
    expect(await page.locator('.week-grid__day-name').count()).toBe(7);
    const grid = page.getByTestId('week-grid');
    expect(await grid.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
    // The conflicts start below the week rather than beside it.
    const gridBox = (await grid.boundingBox())!;
    const conflictsBox = (await page.locator('.conflicts').boundingBox())!;
    expect(conflictsBox.y).toBeGreaterThanOrEqual(gridBox.y + gridBox.height);
    await page.context().close();
  });

  it('passes axe-core as a list and as a grid, conflicts and all', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule', { viewport: phone, bypassCSP: true });
    await row(page, 'ses_group').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Grid' }).click();
    await page.locator('[data-testid="session-block"][data-session="ses_group"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('reads in the parent’s language', async () => {
    const page = await suite.open('Alex Moreno', '/schedule', { viewport: phone });
    await row(page, 'ses_speech').waitFor();
    expect(await rowText(page, 'ses_speech')).toMatch(/^9:30–10 a\. ?m\. Speech therapy Escuela · con Ms\. Rivera, SLP En conflicto$/);
    expect((await page.locator('.week-list__date').allInnerTexts())[2]).toMatch(/^miércoles, \d{1,2} de [a-z]+$/);
    expect(await page.locator('.week-list__day').first().innerText()).toContain('Nada programado.');
    expect(await page.getByRole('button', { name: 'Cuadrícula' }).getAttribute('aria-pressed')).toBe('false');
    await page.context().close();
  });
});
