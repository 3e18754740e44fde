import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiClient } from '../helpers/apiClient';
import { useBrowserTeam } from '../helpers/browserSession';
import { testPassword } from '../helpers/seed';
import { eventually } from '../helpers/waitFor';

/** Names of the IndexedDB databases this site keeps in the page's browser profile. */
const localDatabases = (page: Page): Promise<string[]> => page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));

/** The plan's "From home" section: a rich-text field every member who edits can type into. */
const fromHome = (page: Page) => page.getByRole('textbox', { name: 'What the family sees at home' });

async function typeIntoPlan(page: Page, text: string): Promise<void> {
  await fromHome(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('nothing stays behind on a device', () => {
  const suite = useBrowserTeam({ manager: 'case_manager', teacher: 'teacher', therapist: 'school_therapist', parent: 'parent', aide: 'teacher' });
  const manager = () => apiClient(suite.server.url, { cookie: suite.team.members.manager!.cookie });
  const planOnServer = async () =>
    JSON.stringify((await manager().request<{ plan: unknown }>('GET', `/api/workspaces/${suite.team.workspaceId}/plan`)).body.plan);

  it('wipes every local copy on sign-out', async () => {
    const page = await suite.open('teacher', '/plan');
    await typeIntoPlan(page, ' Reads aloud to a partner daily.');
    await eventually(async () => expect(await localDatabases(page)).toContain(suite.team.planDoc));
    expect(await localDatabases(page)).toContain(`${suite.team.workspaceId}/comments`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await eventually(async () => expect(await localDatabases(page)).toEqual([]));
    expect(await planOnServer()).toContain('Reads aloud to a partner daily.');
  });

  it('keeps nothing at all on a shared computer', async () => {
    const page = await suite.open('parent', '/plan', { waitForConnection: false });
    // Sign out first (a fresh sign-in is where the choice is made).
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${suite.server.url}/signin`);
    await page.getByLabel('Email').fill(suite.team.members.parent!.email);
    await page.getByLabel('Password').fill(testPassword);
    await page.getByLabel('This is a shared computer').check();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('signed-in-user').waitFor();

    await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    await typeIntoPlan(page, ' Likes the library corner.');
    await eventually(async () => expect(await planOnServer()).toContain('Likes the library corner.'));
    expect(await localDatabases(page)).toEqual([]);
    await page.reload();
    await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
    expect(await fromHome(page).textContent()).toContain('Likes the library corner.');
    expect(await localDatabases(page)).toEqual([]);
  });

  it('turns the plan read-only, offers the unsent text and wipes the copies when a member is removed', async () => {
    const page = await suite.open('therapist', '/plan');
    await typeIntoPlan(page, ' Uses a slant board.');
    await eventually(async () => expect(await planOnServer()).toContain('Uses a slant board.'));
    await eventually(async () => expect(await localDatabases(page)).toContain(suite.team.planDoc));

    // Offline for a moment: what is typed now has not reached the team when the removal lands.
    await page.context().setOffline(true);
    await page.locator('[data-testid="connection-state"][data-state="offline"]').waitFor();
    await typeIntoPlan(page, ' Unsent note about handwriting.');
    const removed = await manager().request('DELETE', `/api/workspaces/${suite.team.workspaceId}/members/${suite.team.members.therapist!.userId}`);
    expect(removed.status).toBe(204);
    await page.context().setOffline(false);

    await page.locator('main[data-access-ended="removed"]').waitFor();
    expect(await page.getByTestId('unsent-text').inputValue()).toContain('Unsent note about handwriting.');
    expect(await fromHome(page).getAttribute('contenteditable')).toBe('false');
    await eventually(async () => expect((await localDatabases(page)).filter((name) => name.startsWith(`${suite.team.workspaceId}/`))).toEqual([]));
    expect(await planOnServer()).not.toContain('Unsent note about handwriting.');
  });

  it('turns the plan read-only at once when the socket is closed for removal while online', async () => {
    const page = await suite.open('aide', '/plan');
    await typeIntoPlan(page, ' Prefers the front row.');
    await eventually(async () => expect(await localDatabases(page)).toContain(suite.team.planDoc));
    await eventually(async () => expect(await planOnServer()).toContain('Prefers the front row.'));

    await manager().request('DELETE', `/api/workspaces/${suite.team.workspaceId}/members/${suite.team.members.aide!.userId}`);
    await page.locator('main[data-access-ended="removed"]').waitFor();
    expect(await fromHome(page).getAttribute('contenteditable')).toBe('false');
    await eventually(async () => expect((await localDatabases(page)).filter((name) => name.startsWith(`${suite.team.workspaceId}/`))).toEqual([]));
  });
});
