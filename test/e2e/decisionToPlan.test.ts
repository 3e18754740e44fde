import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';
import { HeldDocumentStore } from '../helpers/HeldDocumentStore';

/**
 * A decision typed in the meeting and carried into the plan at once: the plan must get every
 * word the person sees, even when the last ones are still on their way to the server.
 */
describe('carrying a decision into the plan right after typing it', () => {
  let store: HeldDocumentStore | null = null;
  let meetingId = '';
  const suite = useBrowserTeam(
    { 'Dana Ortiz': 'case_manager' },
    async (server, team) => {
      const meeting = await server.services.meetings.create(team.workspaceId, { kind: 'iep_meeting', title: 'Annual IEP meeting', startsAt: new Date(Date.now() - 3_600_000).toISOString() }, team.members['Dana Ortiz']!.userId);
      meetingId = meeting.id;
    },
    {},
    { wrapDocumentStore: (inner) => (store = new HeldDocumentStore(inner)) },
  );

  const storedDecisions = async () => (await suite.server.services.documents.readMeeting(suite.team.workspaceId, meetingId)).decisions.map((decision) => decision.text);
  const planDecisions = async () => (await suite.server.services.documents.readPlan(suite.team.workspaceId)).decisions.map((decision) => decision.text);
  const addButton = (page: Page) => page.getByRole('button', { name: 'Add to the plan’s decisions' }).last();

  /** Starts a decision and waits until the server has stored its first words. */
  const startDecision = async (page: Page, firstWords: string) => {
    await page.getByRole('button', { name: 'Record a decision' }).first().click();
    await page.keyboard.type(firstWords);
    await expect.poll(storedDecisions, { timeout: 15_000 }).toContain(firstWords);
  };

  it('waits for the last words to reach the server, then carries all of them', async () => {
    const page = await suite.open('Dana Ortiz', `/meeting/${meetingId}`);
    await startDecision(page, 'Speech therapy moves to the classroom');

    store!.hold();
    await page.keyboard.type(' in January');
    await addButton(page).click();
    await expect.poll(() => store!.waiting, { timeout: 10_000 }).toBeGreaterThan(0);
    // The server has not stored " in January": the page waits rather than send the plan less.
    await page.waitForTimeout(1_000);
    expect(await page.getByText('In the plan’s decisions.').count()).toBe(0);
    expect(await planDecisions()).not.toContain('Speech therapy moves to the classroom');

    store!.release();
    await page.getByText('In the plan’s decisions.').waitFor({ timeout: 15_000 });
    expect(await planDecisions()).toContain('Speech therapy moves to the classroom in January');
  });

  it('says the last words have not reached the team when the server does not take them, and carries them once it does', async () => {
    const page = await suite.open('Dana Ortiz', `/meeting/${meetingId}`);
    await startDecision(page, 'Occupational therapy adds a sensory break');

    store!.hold();
    await page.keyboard.type(' before lunch');
    await addButton(page).click();
    const alert = page.getByRole('alert').filter({ hasText: 'have not reached the team yet' });
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toBe('Your last words in this decision have not reached the team yet, so the plan would get less than you see. Check the connection and try again.');
    expect((await planDecisions()).filter((text) => text.startsWith('Occupational therapy'))).toEqual([]);

    store!.release();
    await addButton(page).click();
    await page.getByText('In the plan’s decisions.').last().waitFor({ timeout: 15_000 });
    expect(await planDecisions()).toContain('Occupational therapy adds a sensory break before lunch');
  });
});
