import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { blockText, formTextProblems } from '../helpers/textFits';
import { addDays, mondayOf, todayIn } from '../../shared/scheduleTime';

const viewports = { laptop: { width: 1280, height: 900 }, window: { width: 900, height: 1000 }, phone: { width: 390, height: 844 } } as const;

/**
 * The child's week as the team reads it, in English and in Spanish, on a laptop, a half-screen
 * window and a phone: a 30-minute session drawn beside a longer one still says what it is and
 * when, an empty week says so, and every field of the form can be read whole.
 */
describe('the child’s week reads whole', () => {
  const wednesday = addDays(mondayOf(todayIn('America/Chicago')), 2);
  const people = { 'Dana Ortiz': 'case_manager', 'Sam Lee': 'teacher', 'Priya Nair': 'school_therapist', 'Ruth Observer': 'observer' } as const;
  const suite = useBrowserTeam(people, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    const author = authorOf(team, 'Dana Ortiz');
    const [speech] = await writePlan(server, team, 'Dana Ortiz', (plan) => [
      plan.services.add({ type: 'speech', frequency: '2 × 30 min weekly', duration: '30 min', provider: 'Ms. Rivera, SLP' }, author),
      plan.services.add({ type: 'ot', frequency: 'weekly', duration: '45 min' }, author),
    ], (plan) => plan.services.list().length === 2);
    const sessions = `/api/workspaces/${team.workspaceId}/schedule/sessions`;
    const as = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
    // Both start this week: the week before is empty.
    const added = await Promise.all([
      as('Sam Lee').request('POST', sessions, { id: 'ses_reading', kind: 'protected', title: 'Reading block', start: `${wednesday}T08:30`, minutes: 90, rrule: '' }),
      as('Priya Nair').request('POST', sessions, { id: 'ses_speech', kind: 'school_service', title: 'Speech therapy', serviceId: speech, start: `${wednesday}T09:30`, minutes: 30, rrule: '' }),
    ]);
    expect(added.map((response) => response.status)).toEqual([201, 201]);
    // Sam reads the app in Spanish.
    expect((await as('Sam Lee').request('PUT', '/api/auth/language', { language: 'es' })).status).toBe(200);
  });

  const block = (page: Page, sessionId: string) => page.locator(`[data-testid="session-block"][data-session="${sessionId}"]`);

  it('shows a 30-minute session beside a 90-minute one with its start and whole title inside its block', { timeout: 180_000 }, async () => {
    for (const [name, viewport] of Object.entries(viewports)) {
      for (const person of ['Dana Ortiz', 'Sam Lee']) {
        const page = await suite.open(person, '/schedule', { viewport });
        // A phone opens on the list (weekList.test.ts); the grid is one tap away.
        if (name === 'phone') await page.locator('.week-views button').first().click();
        await block(page, 'ses_speech').waitFor();
        const speech = await blockText(block(page, 'ses_speech'));
        expect({ name, person, ...speech }).toEqual({ name, person, shown: '9:30 Speech therapy', cut: [] });
        // The session it falls in keeps its title and times too.
        const reading = await blockText(block(page, 'ses_reading'));
        expect({ name, person, cut: reading.cut }).toEqual({ name, person, cut: [] });
        expect(reading.shown).toMatch(/^Reading block 8:30–10 (AM|a\. ?m\.)$/);
        // The whole range is there for a screen reader and in the tooltip.
        expect(await block(page, 'ses_speech').getAttribute('title')).toMatch(/^Speech therapy · 9:30–10 (AM|a\. ?m\.)$/);
        expect(await block(page, 'ses_speech').locator('.visually-hidden').first().textContent()).toMatch(/^9:30–10 (AM|a\. ?m\.)$/);
        await page.context().close();
      }
    }
  });

  it('says an empty week is empty, over its grid, and leads to the form', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule');
    await block(page, 'ses_speech').waitFor();
    expect(await page.getByTestId('empty-week').count()).toBe(0);
    await page.getByRole('button', { name: 'Previous week' }).click();
    const note = page.getByTestId('empty-week');
    await note.getByText('Nothing is scheduled this week.').waitFor();
    // The grid stays, with its days and hours.
    expect(await page.locator('.week-grid__day-name').count()).toBe(5);
    expect(await page.locator('.week-grid__hours span').first().isVisible()).toBe(true);
    // The plan's minutes are all missing: the conflicts say so without an empty "Involves".
    await page.locator('[data-testid="schedule-conflict"][data-kind="shortfall"]').nth(1).waitFor();
    expect(await page.locator('[data-kind="shortfall"] .conflict__people').count()).toBe(0);
    await note.getByRole('button', { name: 'Add a session with the form below' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-session-kind');
    await page.getByRole('button', { name: 'Next week' }).click();
    await block(page, 'ses_speech').waitFor();
    expect(await page.getByTestId('empty-week').count()).toBe(0);
    await page.context().close();

    const spanish = await suite.open('Sam Lee', '/schedule', { viewport: viewports.phone });
    await spanish.getByRole('button', { name: 'Semana anterior' }).click();
    await spanish.getByTestId('empty-week').getByText('No hay nada programado esta semana.').waitFor();
    expect(await spanish.getByTestId('empty-week').getByRole('button', { name: 'Agregue una sesión con el formulario de abajo' }).isVisible()).toBe(true);
    await spanish.context().close();

    // Someone who only reads the week is told it is empty, with no form to be sent to.
    const observer = await suite.open('Ruth Observer', '/schedule');
    await observer.getByRole('button', { name: 'Previous week' }).click();
    await observer.getByTestId('empty-week').getByText('Nothing is scheduled this week.').waitFor();
    expect(await observer.getByTestId('empty-week').getByRole('button').count()).toBe(0);
    await observer.context().close();
  });

  it('lays the form out so every label and every choice can be read, on a laptop and on a phone', async () => {
    for (const [name, viewport] of Object.entries({ laptop: viewports.laptop, phone: viewports.phone })) {
      for (const person of ['Dana Ortiz', 'Sam Lee']) {
        const page = await suite.open(person, '/schedule', { viewport });
        const form = page.locator('form.add-session__form');
        const service = form.locator('#add-session-service');
        await service.waitFor();
        // Each plan service chosen in turn (and none yet): the field shows it whole.
        for (let index = 0; index < 3; index += 1) {
          await service.selectOption({ index });
          expect({ name, person, index, problems: await formTextProblems(form) }).toEqual({ name, person, index, problems: [] });
        }
        // What the plan says about the chosen service is written out under it.
        expect(await form.locator('.add-session__details').textContent()).toBe('weekly · 45 min');
        await page.context().close();
      }
    }
  });
});
