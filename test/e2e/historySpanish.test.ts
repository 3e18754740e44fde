import { describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';
import { englishLeftOn, englishPhrases } from '../helpers/englishLeft';
import { eventually } from '../helpers/waitFor';

/** A teacher edits the plan in English; a Spanish-reading parent reads who changed which field. */
describe('the plan’s history read in Spanish', () => {
  const goal = 'Reads 90 words a minute with expression';
  const suite = useBrowserTeam(
    { 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher', 'Rosa Delgado': 'parent' },
    async (server, team) => {
      await seedGoal(server, team, 'Priya Nair', 'teacher', { area: 'reading', description: goal, baseline: 'Reads 40 words a minute.' });
    },
    // Long enough that typing under load stays one change per field.
    { historyIdleMs: 2_000 },
  );
  const fieldNames = (page: Awaited<ReturnType<typeof suite.open>>) => page.locator('[data-testid="history-entry"] .history__field').allInnerTexts();

  it('names the goal’s baseline and the present level in Spanish, with the goal in the team’s words', async () => {
    const teacher = await suite.open('Priya Nair', '/plan');
    const baseline = teacher.getByRole('textbox', { name: 'Where the child is now' });
    await baseline.click();
    await teacher.keyboard.press('End');
    await teacher.keyboard.insertText(' Needs a picture cue.');
    const reading = teacher.getByRole('textbox', { name: 'Reading', exact: true });
    await reading.click();
    await expect.poll(() => reading.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await teacher.keyboard.type('Decodes short words; guesses longer ones.');
    await expect.poll(() => reading.innerText()).toBe('Decodes short words; guesses longer ones.');
    // The goal added, then each field once the teacher paused.
    const recorded = async () => (await suite.server.services.history.list(suite.team.planDoc, { limit: 10 })).map((entry) => entry.path.at(-1));
    await eventually(async () => expect(await recorded()).toEqual(expect.arrayContaining(['baseline', 'presentLevel.reading'])));

    // The teacher, reading in English, sees the names as the server stored them.
    await teacher.getByTestId('history-button').click();
    await expect.poll(() => fieldNames(teacher)).toEqual(['Present levels · Reading', `Goal: ${goal} · Baseline`]);

    const plan = await suite.open('Rosa Delgado', '/plan');
    await plan.getByTestId('language-select').selectOption('es');
    await plan.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await plan.getByTestId('history-button').click();
    await expect.poll(() => fieldNames(plan)).toEqual(['Niveles actuales · Lectura', `Meta: ${goal} · Dónde está el niño ahora`]);
    // The goal added is named the same way, by its kind in Spanish and its own words.
    const added = plan.locator('[data-testid="history-entry"] [data-kind="added"]');
    await expect.poll(() => added.innerText()).toContain(`Meta: ${goal}`);

    const stored = await apiClient(suite.server.url, { cookie: suite.team.members['Rosa Delgado']!.cookie }).request('GET', `/api/workspaces/${suite.team.workspaceId}/plan`);
    const panel = await plan.locator('.history__panel').innerText();
    expect(panel).not.toMatch(/\b(Goal|Baseline|Present levels|Reading)\b/);
    expect(await englishLeftOn(plan, englishPhrases(), JSON.stringify(stored.body))).toEqual([]);
  });

  it('shows a changed choice by its words in the reader’s language, never the stored id', async () => {
    const teacher = await suite.open('Priya Nair', '/plan');
    const card = teacher.locator('.goal-card').first();
    await card.getByLabel('Area').selectOption('fine_motor');
    await card.getByLabel('Status').selectOption('active');
    const changed = async () => (await suite.server.services.history.list(suite.team.planDoc, { limit: 10 })).map((entry) => `${entry.path.at(-1)}:${entry.after}`);
    await eventually(async () => expect(await changed()).toEqual(expect.arrayContaining(['area:fine_motor', 'status:active'])));

    // Each change as "words struck → words added", without the hidden words a screen reader hears.
    const words = (page: Awaited<ReturnType<typeof suite.open>>) =>
      page.locator('[data-testid="history-entry"] .history__words').evaluateAll((entries) =>
        entries.map((entry) => {
          const shown = (selector: string) =>
            [...entry.querySelectorAll(selector)].map((part) => [...part.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim()).join(' ');
          return `${shown('del')} → ${shown('ins')}`;
        }),
      );
    await teacher.getByTestId('history-button').click();
    await expect.poll(async () => (await words(teacher)).slice(0, 2)).toEqual(['Draft → Working on it', 'Reading → Fine motor']);

    const plan = await suite.open('Rosa Delgado', '/plan');
    await plan.getByTestId('language-select').selectOption('es');
    await plan.getByRole('heading', { level: 2, name: 'Lo que vemos ahora' }).waitFor();
    await plan.getByTestId('history-button').click();
    await expect.poll(async () => (await words(plan)).slice(0, 2)).toEqual(['Borrador → Trabajando en ello', 'Lectura → Motricidad fina']);
  });
});
