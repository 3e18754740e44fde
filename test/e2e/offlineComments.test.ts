import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ThreadSummary } from '../../shared/api';
import type { ThreadAnchor } from '../../shared/schema';
import { apiClient } from '../helpers/apiClient';
import { axeViolations } from '../helpers/axe';
import { seedGoal, useBrowserTeam } from '../helpers/browserSession';

/** Replies written with the network gone wait on the device and arrive once, in order. */
describe('comments written offline', () => {
  let threadId = '';
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' }, async (server, team) => {
    const goalId = await seedGoal(server, team, 'Dana Ortiz', 'case_manager', { area: 'communication', description: 'Maya asks for help in class.' });
    const anchor: ThreadAnchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: goalId }, label: 'Goal 1' };
    const started = await apiClient(server.url, { cookie: team.members['Dana Ortiz']!.cookie }).request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, { anchor, body: 'Which adults prompt her?' });
    threadId = started.body.threadId;
  });
  const storedBodies = async () => {
    const api = apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie });
    const { threads } = (await api.request<{ threads: ThreadSummary[] }>('GET', `/api/workspaces/${suite.team.workspaceId}/threads`)).body;
    return threads.find((summary) => summary.thread.id === threadId)?.thread.comments.map((comment) => comment.body) ?? [];
  };
  const reply = async (page: Page, words: string) => {
    await page.getByLabel('Reply', { exact: true }).fill(words);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => page.getByLabel('Reply', { exact: true }).inputValue()).toBe('');
  };
  const outbox = (page: Page) => page.getByTestId('outbox-item');

  it('shows them as waiting, keeps them on the device, and sends them in order once online', async () => {
    const page = await suite.open('Priya Nair', `/plan?thread=${threadId}`, { bypassCSP: true });
    await page.locator('.threads-panel').getByText('Which adults prompt her?').waitFor();
    await page.context().setOffline(true);
    await reply(page, 'The aide, at first.');
    await reply(page, 'Then her classmates.');
    await expect
      .poll(async () => (await outbox(page).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ')))
      .toEqual(['Waiting to send The aide, at first.', 'Waiting to send Then her classmates.']);
    expect(await storedBodies()).toEqual(['Which adults prompt her?']);
    expect(await page.evaluate(async () => (await indexedDB.databases()).some((database) => database.name?.includes('/outbox-')))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // The inbox, opened offline, says it needs a connection rather than showing an error.
    await page.getByRole('button', { name: /^Inbox/ }).click();
    const inbox = page.getByRole('region', { name: 'Mentions and replies' });
    await expect.poll(() => inbox.innerText()).toContain('The inbox needs a connection.');
    expect(await inbox.innerText()).not.toContain('could not be reached');
    await page.keyboard.press('Escape');

    // The tab is closed while offline; the comments wait on the device for the next visit.
    const context = page.context();
    await page.close();
    await context.setOffline(false);
    const again = await context.newPage();
    await again.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
    await expect.poll(storedBodies, { timeout: 20_000 }).toEqual(['Which adults prompt her?', 'The aide, at first.', 'Then her classmates.']);
    await expect.poll(() => outbox(again).count()).toBe(0);
    // Sent once only, however many tries the reconnection took.
    expect(await storedBodies()).toHaveLength(3);
  });

  it('says calmly that a conversation started offline is kept, and opens it once sent', async () => {
    const page = await suite.open('Priya Nair', '/plan', { bypassCSP: true });
    const goal = page.locator('article.goal-card');
    await goal.waitFor();
    await page.context().setOffline(true);
    await goal.getByRole('button', { name: /^Comment on (?!the selected text)/ }).click();
    await page.getByLabel('Your comment').fill('Could she use a help card?');
    await page.getByRole('button', { name: 'Comment', exact: true }).last().click();

    const panel = page.locator('.threads-panel');
    await expect
      .poll(() => panel.getByTestId('thread-waiting').innerText())
      .toBe('Your comment is kept on this device and will be sent when the connection is back. The conversation opens here then.');
    // Give a failed read of the unread counts time to come back, then look for any error.
    await page.waitForTimeout(1_500);
    const shownErrors = await page
      .getByText('Bridgeplan could not be reached', { exact: false })
      .evaluateAll((messages) => messages.filter((message) => message.checkVisibility()).map((message) => message.textContent));
    expect(shownErrors).toEqual([]);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.context().setOffline(false);
    // Sent once the connection is back, and the conversation opens where the note was.
    await panel.getByText('Could she use a help card?').waitFor({ timeout: 20_000 });
    await expect.poll(() => panel.getByTestId('thread-waiting').count()).toBe(0);
  });

  it('shows a refusal on sending with the words to copy', async () => {
    const page = await suite.open('Priya Nair', `/plan?thread=${threadId}`, { bypassCSP: true });
    await page.locator('.threads-panel').getByText('Which adults prompt her?').waitFor();
    await page.context().setOffline(true);
    await reply(page, 'Written before I was removed.');
    // While Priya is offline, the case manager removes her from the team.
    const manager = apiClient(suite.server.url, { cookie: suite.team.members['Dana Ortiz']!.cookie });
    expect((await manager.request('DELETE', `/api/workspaces/${suite.team.workspaceId}/members/${suite.team.members['Priya Nair']!.userId}`)).status).toBe(204);
    await page.context().setOffline(false);

    const refused = page.getByTestId('outbox-item');
    await refused.getByRole('alert').waitFor({ timeout: 20_000 });
    expect(await refused.getByRole('alert').innerText()).toMatch(/^This comment could not be sent: /);
    expect(await refused.getByLabel('Your text, to copy').inputValue()).toBe('Written before I was removed.');
    expect(await storedBodies()).not.toContain('Written before I was removed.');
    // Access ended: the device keeps nothing of this workspace, the waiting comment included.
    const outboxDatabases = () => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.includes('/outbox-')));
    await expect.poll(outboxDatabases).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps nothing on a shared computer: the comment waits in the open page only', async () => {
    // Dana ticked "This is a shared computer" when signing in (remembered for the tab). Set on a
    // page already open, the device could keep what that page stored before it was set.
    const page = await suite.open('Dana Ortiz', `/plan?thread=${threadId}`, { waitForConnection: false, sharedComputer: true });
    await page.locator('.threads-panel').getByText('Which adults prompt her?').waitFor();
    await page.context().setOffline(true);
    await reply(page, 'Sent from the library.');
    await expect.poll(() => outbox(page).count()).toBe(1);
    const outboxDatabases = () => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name ?? '').filter((name) => name.includes('/outbox-')));
    expect(await outboxDatabases()).toEqual([]);
    await page.context().setOffline(false);
    await expect.poll(storedBodies, { timeout: 20_000 }).toContain('Sent from the library.');
    expect(await outboxDatabases()).toEqual([]);
  });
});
