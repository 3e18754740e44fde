import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { openPageAs, useBrowserTeam } from '../helpers/browserSession';
import { seedBusyWorkspace, type BusyWorkspace } from '../helpers/busyWorkspace';

const people = { manager: 'Dana Ortiz-Montgomery', therapist: 'Priya Nair-Subramanian', parent: 'Alexandra Konstantinopoulou' } as const;
/** The app's own target size (--tap-size in tokens.css), which its buttons keep. */
const tapSize = 44;

/** Each button in the box that is shorter than the app's target, with its height. */
async function shortButtons(box: Locator): Promise<string[]> {
  return box.evaluate(
    (element, minimum) =>
      [...element.querySelectorAll<HTMLElement>('button')]
        .filter((button) => button.getBoundingClientRect().height < minimum)
        .map((button) => `${(button.textContent ?? '').trim()}: ${button.getBoundingClientRect().height} px`),
    tapSize,
  );
}

describe('the app’s target size', () => {
  let busy: BusyWorkspace;
  const suite = useBrowserTeam({ [people.manager]: 'case_manager', [people.therapist]: 'school_therapist', [people.parent]: 'parent' }, async (server, team) => {
    busy = await seedBusyWorkspace(server, team, people);
  });

  it('keeps the week’s conflict buttons, “Accept with a note…” among them, 44 px tall', async () => {
    const page = await openPageAs(suite.browser, suite.server, suite.team, people.manager, `/w/${busy.workspaceId}/schedule`, { waitForConnection: false });
    const conflict = page.getByTestId('schedule-conflict').first();
    await conflict.getByRole('button', { name: 'Accept with a note…' }).waitFor();
    // They were 36 px (a "small" button of the week's own).
    expect(await shortButtons(conflict)).toEqual([]);
    await conflict.getByRole('button', { name: 'Accept with a note…' }).click();
    await conflict.getByRole('button', { name: 'Cancel' }).waitFor();
    expect(await shortButtons(conflict)).toEqual([]);
    await page.context().close();
  });

  it('keeps “Copy full fingerprint” on a version 44 px tall', async () => {
    const page = await openPageAs(suite.browser, suite.server, suite.team, people.manager, `/w/${busy.workspaceId}`, { waitForConnection: false });
    const copy = page.getByRole('button', { name: /^Copy full fingerprint/ });
    await copy.waitFor();
    // It was 36 px.
    expect((await copy.boundingBox())!.height).toBeGreaterThanOrEqual(tapSize);
    expect(await shortButtons(page.getByTestId('versions-panel'))).toEqual([]);
    await page.context().close();
  });
});
