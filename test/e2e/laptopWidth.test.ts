import { describe, expect, it } from 'vitest';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';
import { cutShort } from '../helpers/cutShort';

const people = { manager: 'Dana Ortiz', therapist: 'Priya Nair', parent: 'Alex Moreno' } as const;

/**
 * Every page of a busy student's workspace on a laptop (1280 × 800): no text box and no choice
 * cuts its words short, with the names, services and choices real teams have.
 */
describe('every page at laptop width', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
  });

  const views = (): [string, string, string][] => [
      [people.manager, '', 'the team'],
      [people.manager, '/plan', 'the plan'],
      [people.manager, `/meeting/${busy.meetingId}`, 'the meeting'],
      [people.manager, '/progress', 'progress'],
      [people.manager, '/schedule', 'the week'],
      [people.therapist, '/services', 'the service log'],
      [people.therapist, '/notes', 'session notes'],
    ];

  async function problemsOnEveryPage(): Promise<string[]> {
    const found: string[] = [];
    for (const [person, rest, what] of views()) {
      const page = await openPageAs(suite.browser, suite.server, suite.team, person, `/w/${busy.workspaceId}${rest}`, { viewport: { width: 1280, height: 800 }, waitForConnection: false });
      try {
        await page.locator('main select:visible, main input:visible').first().waitFor();
        // Choices fill in as the page's data arrives.
        await page.waitForLoadState('networkidle');
        found.push(...(await cutShort(page)).map((problem) => `${what}: ${problem}`));
      } finally {
        await page.context().close();
      }
    }
    return found;
  }

  it('shows the words of every text box and choice whole', async () => {
    expect(await problemsOnEveryPage()).toEqual([]);
  });

  it('does so in Spanish, whose words are longer', async () => {
    for (const person of [people.manager, people.therapist]) {
      const page = await openPageAs(suite.browser, suite.server, suite.team, person, `/w/${busy.workspaceId}`, { waitForConnection: false });
      await page.getByTestId('language-select').selectOption('es');
      await page.getByRole('heading', { name: 'Planes aprobados' }).waitFor();
      await page.context().close();
    }
    expect(await problemsOnEveryPage()).toEqual([]);
  });
});
