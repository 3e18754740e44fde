import { describe, expect, it } from 'vitest';
import { planDoc } from '../../shared/schema';
import { useBrowserTeam } from '../helpers/browserSession';
import { connectClient } from '../helpers/collabClient';
import { authorOf } from '../helpers/seed';
import { eventually } from '../helpers/waitFor';

/** The plan's timeline shows who added, moved and removed goals, and when. */
describe('history of the plan’s lists in the browser', () => {
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' }, undefined, { historyIdleMs: 200 });

  it('lists a goal added, moved and removed, each with who and when', async () => {
    const priya = connectClient(suite.server.wsUrl, suite.team.planDoc, { params: { token: suite.team.members['Priya Nair']!.token } });
    try {
      await priya.synced;
      const plan = planDoc(priya.doc);
      const first = plan.goals.add({ area: 'reading', description: 'Reads a passage aloud.' }, authorOf(suite.team, 'Priya Nair'));
      const second = plan.goals.add({ area: 'writing', description: 'Writes < 2 <b>errors</b>.' }, authorOf(suite.team, 'Priya Nair'));
      // One step after another, each recorded before the next (as a person pausing between them).
      const recorded = async () => (await suite.server.services.history.list(suite.team.planDoc, { limit: 10 })).length;
      await eventually(async () => expect(await recorded()).toBe(2));
      plan.goals.move(second, 0);
      await eventually(async () => expect(await recorded()).toBe(3));
      plan.goals.remove(first);
      await eventually(async () => expect(await recorded()).toBe(4));
    } finally {
      priya.destroy();
    }

    const page = await suite.open('Dana Ortiz', '/plan');
    await page.getByTestId('history-button').click();
    const lines = page.locator('[data-testid="history-entry"] [data-kind]');
    await expect.poll(() => lines.count()).toBe(4);
    const texts = (await lines.allInnerTexts()).map((text) => text.replace(/\s+/g, ' '));
    expect(texts[0]).toMatch(/^Priya Nair removed Goal \(“Reads a passage aloud\.”\)/);
    expect(texts[1]!.startsWith('Priya Nair moved Goal: Writes < 2 <b>errors</b>. from place 2 to place 1')).toBe(true);
    // The team's words are shown as written, markup-like text included, never read as markup.
    expect(texts[2]!.startsWith('Priya Nair added Goal: Writes < 2 <b>errors</b>.')).toBe(true);
    expect(await lines.nth(2).locator('b').count()).toBe(0);
    // Who did it stands out, as on a changed field's line.
    expect(await lines.nth(2).locator('strong').innerText()).toBe('Priya Nair');
    expect(texts[3]).toMatch(/^Priya Nair added Goal: Reads a passage aloud\./);
    // Each says when, in the reader's own terms.
    expect(await page.locator('[data-testid="history-entry"] [data-kind] time').first().getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
