import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { connectClient } from '../helpers/collabClient';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';
import { eventually } from '../helpers/waitFor';
import { axeViolations } from '../helpers/axe';

describe('an interpreter translating the plan in the browser', () => {
  let goalId = '';
  const t = useBrowserTeam({ manager: 'case_manager', teacher: 'teacher', interpreter: 'interpreter' }, async (server, team) => {
    goalId = await seedGoal(server, team, 'teacher', 'teacher', { area: 'communication', baseline: 'Points to ask for help', target: 'Asks for help in a full sentence', measurement: 'Weekly tally', progressSchedule: 'Quarterly' });
  });

  it('adds a translation, sees it flagged when the team changes the words, and updates it', async () => {
    const page = await t.open('interpreter', '/plan', { bypassCSP: true });
    // The plan is read-only for the interpreter: no field can be typed into.
    await page.getByTestId('read-only-note').waitFor();
    expect(await page.getByTestId('read-only-note').textContent()).toContain('translate its words under “Translations”');
    await page.getByTestId('translations-button').click();
    const target = page.locator(`[data-testid="translation-field"][data-path="goals/${goalId}/target"]`);
    await target.getByText('Not translated yet.').waitFor();
    await expect.poll(() => target.getByRole('heading').textContent()).toBe('Goal “Asks for help in a full sentence” · Target');
    await target.getByRole('button', { name: 'Add a translation' }).click();
    await target.getByLabel('Language', { exact: true }).selectOption({ label: 'Spanish' });
    await target.getByLabel('Translation into Spanish').fill('Pide ayuda con una oración completa');
    await target.getByRole('button', { name: 'Save translation' }).click();
    const entry = target.locator('[data-testid="translation-entry"][data-language="es"]');
    await expect.poll(() => entry.getAttribute('data-status')).toBe('current');
    await expect.poll(() => entry.textContent()).toContain('interpreter, Interpreter');

    // The teacher rewrites the target afterwards.
    const { server, team } = t;
    const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token } });
    try {
      await writer.synced;
      const text = planDoc(writer.doc).goals.text(goalId, 'target')!;
      writer.doc.transact(() => text.insert(text.length, ' to an adult'));
      const api = apiClient(server.url, { cookie: team.members.teacher!.cookie });
      await eventually(async () => {
        const stored = await api.request<{ plan: { goals: { target: string }[] } }>('GET', `/api/workspaces/${team.workspaceId}/plan`);
        expect(stored.body.plan.goals[0]!.target).toBe('Asks for help in a full sentence to an adult');
      });
    } finally {
      writer.destroy();
    }

    // Reopening the panel shows the translation out of date, with the words added.
    await page.getByTestId('translations-button').click();
    await page.getByTestId('translations-button').click();
    await expect.poll(() => entry.getAttribute('data-status')).toBe('outdated');
    await expect.poll(() => entry.locator('ins').allTextContents()).toEqual(['[added:  to an adult]']);
    // The open panel, its form and its out-of-date entry pass axe-core.
    expect(await axeViolations(page)).toEqual([]);
    await entry.getByRole('button', { name: 'Update the Spanish translation' }).click();
    await target.getByLabel('Translation into Spanish').fill('Pide ayuda a un adulto con una oración completa');
    await target.getByRole('button', { name: 'Save translation' }).click();
    await expect.poll(() => entry.getAttribute('data-status')).toBe('current');
    await expect.poll(() => entry.textContent()).toContain('Pide ayuda a un adulto con una oración completa');

    // The family's copy: Spanish headings, the translation in place of the team's words.
    const copy = page.getByTestId('family-copy');
    await copy.getByLabel('Show translations').selectOption({ label: 'instead of the team’s words' });
    await copy.getByLabel('Format').selectOption({ label: 'Markdown' });
    const [download] = await Promise.all([page.waitForEvent('download'), copy.getByTestId('family-copy-link').click()]);
    const file = await fs.readFile((await download.path())!, 'utf8');
    expect(file).toContain('## Traducciones en esta copia');
    expect(file).toContain('Pide ayuda a un adulto con una oración completa');
    expect(file).not.toContain('Asks for help in a full sentence to an adult');
    expect(file).toContain('Points to ask for help *(No traducido al español.)*');
  });

  it('names each part of the plan in the reader’s language, the goal in the team’s words', async () => {
    const page = await t.open('interpreter', '/plan');
    await page.getByTestId('language-select').selectOption('es');
    await page.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await page.getByTestId('translations-button').click();
    const heading = (field: string) => page.locator(`[data-testid="translation-field"][data-path="goals/${goalId}/${field}"]`).getByRole('heading');
    await expect.poll(() => heading('measurement').textContent()).toMatch(/^Meta “Asks for help in a full sentence[^”]*” · Cómo lo medimos$/);
    expect(await heading('baseline').textContent()).toMatch(/ · Dónde está el niño ahora$/);
  });
});
