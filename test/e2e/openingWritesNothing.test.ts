import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Page } from 'playwright-core';
import { planDoc } from '../../shared/schema';
import { roleDefinitions } from '../../shared/roles';
import { connectClient } from '../helpers/collabClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { eventually } from '../helpers/waitFor';

const people = { manager: 'Dana Ortiz', teacher: 'Priya Nair', parent: 'Alex Moreno' } as const;

/**
 * Opening the plan is reading it. Before the fix, every open by someone who may edit wrote the
 * plan's schema version before the server's copy had arrived, so the header said "Sending
 * your changes…" and then "Back online — your changes were sent" to a person who had typed
 * nothing and never been offline, and every visit left one more writer in the stored plan.
 */
describe('opening the plan', () => {
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.teacher]: 'teacher', [people.parent]: 'parent' }, async (server, team) => {
    const manager = team.members[people.manager]!;
    const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: manager.token } });
    try {
      await writer.synced;
      const plan = planDoc(writer.doc);
      plan.init();
      plan.goals.add({ area: 'communication', description: 'Maya asks for help in class.' }, { userId: manager.userId, name: people.manager, role: 'case_manager', setting: roleDefinitions.case_manager.setting });
      await eventually(async () => expect(await storedClients(server.wsUrl, team.planDoc, manager.token)).toContain(writer.doc.clientID));
    } finally {
      writer.destroy();
    }
  });

  /** Every label the header's connection status shows, from the page's first line on. */
  const recordConnectionLabels = async (page: Page): Promise<() => Promise<string[]>> => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { connectionLabels: string[] }).connectionLabels = seen;
      new MutationObserver(() => {
        const label = document.querySelector('[data-testid="connection-state"]')?.textContent?.trim();
        if (label && seen[seen.length - 1] !== label) seen.push(label);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    return () => page.evaluate(() => (window as unknown as { connectionLabels: string[] }).connectionLabels);
  };

  for (const person of [people.teacher, people.parent]) {
    it(`from the student's page, as ${person === people.parent ? 'the parent' : 'the teacher'}, says nothing was sent and writes nothing`, async () => {
      const member = suite.team.members[person]!;
      const before = await storedClients(suite.server.wsUrl, suite.team.planDoc, member.token);
      const page = await suite.open(person, '', { waitForConnection: false });
      const labels = await recordConnectionLabels(page);
      await page.reload();
      await page.getByRole('link', { name: 'Open the plan' }).click();
      await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
      await page.getByText('Maya asks for help in class.').first().waitFor();
      // Long enough for a write made on opening to reach the server and be confirmed.
      await page.waitForTimeout(1_500);

      const shown = await labels();
      expect(shown.at(-1)).toBe('Connected · Saved');
      expect(shown.filter((label) => /sending|sent|back online/i.test(label))).toEqual([]);
      expect(await storedClients(suite.server.wsUrl, suite.team.planDoc, member.token)).toEqual(before);
      await page.context().close();
    });
  }

  it('still records the schema version of a plan nobody has written yet, once its copy is here', async () => {
    const fresh = await suite.server.services.workspaces.create(suite.team.members[people.manager]!.userId, { studentName: 'Sam Rivera', gradeOrBirthDate: '', school: '' });
    const manager = suite.team.members[people.manager]!;
    const page = await suite.open(people.manager, '', { waitForConnection: false });
    await page.goto(`${suite.server.url}/w/${fresh.id}/plan`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await eventually(async () => {
      const reader = connectClient(suite.server.wsUrl, `${fresh.id}/plan`, { params: { token: manager.token } });
      try {
        await reader.synced;
        expect(planDoc(reader.doc).meta.get().schemaVersion).toBeGreaterThan(0);
      } finally {
        reader.destroy();
      }
    });
    await page.context().close();
  });
});

/** The writers the server's copy of the document holds, by client id. */
async function storedClients(wsUrl: string, docName: string, token: string): Promise<number[]> {
  const reader = connectClient(wsUrl, docName, { params: { token } });
  try {
    await reader.synced;
    return [...Y.decodeStateVector(Y.encodeStateVector(reader.doc)).keys()].filter((client) => client !== reader.doc.clientID).sort((a, b) => a - b);
  } finally {
    reader.destroy();
  }
}
