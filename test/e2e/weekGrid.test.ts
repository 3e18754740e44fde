import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { authorOf } from '../helpers/seed';
import { writePlan } from '../helpers/seedPlanItems';
import { addDays, mondayOf, todayIn } from '../../shared/scheduleTime';

/** Where a block sits in its day's column, in pixels. */
async function placement(page: Page, sessionId: string): Promise<{ left: number; width: number; columnLeft: number; columnWidth: number }> {
  return page.locator(`[data-testid="session-block"][data-session="${sessionId}"]`).evaluate((block) => {
    const own = block.getBoundingClientRect();
    const column = block.parentElement!.getBoundingClientRect();
    return { left: own.left, width: own.width, columnLeft: column.left, columnWidth: column.width };
  });
}

/** Every word of every session title that is drawn across two lines ("Scho" / "ol"). */
async function splitWords(page: Page): Promise<string[]> {
  return page.locator('.session-block__title').evaluateAll((titles) =>
    titles.flatMap((title) => {
      const text = title.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const split: string[] = [];
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(match[0]);
      }
      return split;
    }),
  );
}

/**
 * The week grid as the team reads it: two sessions that overlap share their column, a session
 * at another hour keeps the whole column, and titles wrap between words.
 */
describe('the week grid', () => {
  const wednesday = addDays(mondayOf(todayIn('America/Chicago')), 2);
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'school_therapist', 'Dr. Chen': 'clinical_therapist' }, async (server, team) => {
    await server.services.workspaces.setTimeZone(team.workspaceId, 'America/Chicago');
    const serviceId = await writePlan(server, team, 'Dana Ortiz', (plan) => plan.services.add({ type: 'ot', frequency: 'weekly', duration: '45 min' }, authorOf(team, 'Dana Ortiz')), (plan) => plan.services.list().length === 1);
    const sessions = `/api/workspaces/${team.workspaceId}/schedule/sessions`;
    const priya = apiClient(server.url, { cookie: team.members['Priya Nair']!.cookie });
    const chen = apiClient(server.url, { cookie: team.members['Dr. Chen']!.cookie });
    const added = await Promise.all([
      priya.request('POST', sessions, { id: 'ses_school', kind: 'school_service', title: 'School OT', serviceId, start: `${wednesday}T09:00`, minutes: 60, rrule: '' }),
      chen.request('POST', sessions, { id: 'ses_group', kind: 'clinic', title: 'Handwriting group', start: `${wednesday}T09:30`, minutes: 60, rrule: '' }),
      chen.request('POST', sessions, { id: 'ses_alone', kind: 'clinic', title: 'Speech therapy', start: `${wednesday}T14:00`, minutes: 45, rrule: '' }),
    ]);
    expect(added.map((response) => response.status)).toEqual([201, 201, 201]);
  });

  it('gives a session that overlaps nothing the whole column, and overlapping ones half each', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule');
    await page.locator('[data-testid="session-block"][data-session="ses_alone"]').waitFor();
    const alone = await placement(page, 'ses_alone');
    // A few pixels of border and spacing either side of every block.
    expect(alone.width).toBeGreaterThan(alone.columnWidth - 8);
    expect(alone.left).toBeLessThan(alone.columnLeft + 5);
    const school = await placement(page, 'ses_school');
    const group = await placement(page, 'ses_group');
    for (const half of [school, group]) {
      expect(half.width).toBeGreaterThan(half.columnWidth / 2 - 8);
      expect(half.width).toBeLessThan(half.columnWidth / 2);
    }
    expect(group.left).toBeGreaterThanOrEqual(school.left + school.width);
    await page.screenshot({ path: 'test-results/week-grid-lanes.png', fullPage: true });
  });

  it('wraps titles between words, never inside one, even in a narrow window', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule', { viewport: { width: 900, height: 900 } });
    await page.locator('[data-testid="session-block"][data-session="ses_group"]').waitFor();
    expect(await page.locator('[data-session="ses_group"] .session-block__title').textContent()).toBe('Handwriting group');
    expect(await splitWords(page)).toEqual([]);
  });

  it('suggests a title for each kind of entry, in the reader’s language', async () => {
    const page = await suite.open('Dana Ortiz', '/schedule');
    const form = page.locator('form.add-session__form');
    const title = form.getByLabel('Title');
    await form.getByLabel('Kind').selectOption({ label: 'School service' });
    expect(await title.getAttribute('placeholder')).toBe('School OT');
    await form.getByLabel('Kind').selectOption({ label: 'Team check-in' });
    expect(await title.getAttribute('placeholder')).toBe('Monthly team check-in');
    await form.getByLabel('Kind').selectOption({ label: 'Protected core instruction' });
    expect(await title.getAttribute('placeholder')).toBe('Reading block');
    await page.getByTestId('language-select').selectOption('es');
    await form.getByLabel('Título').waitFor();
    expect(await form.getByLabel('Título').getAttribute('placeholder')).toBe('Bloque de lectura');
    await page.getByTestId('language-select').selectOption('en');
  });
});
