import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserTeam } from '../helpers/browserSession';
import { HeldDocumentStore } from '../helpers/HeldDocumentStore';

/** One person loses the network in a meeting, goes on typing, and comes back. */
describe('going offline and coming back', () => {
  let store: HeldDocumentStore | null = null;
  const suite = useBrowserTeam({ 'Dana Ortiz': 'case_manager', 'Priya Nair': 'teacher' }, undefined, {}, {
    wrapDocumentStore: (inner) => (store = new HeldDocumentStore(inner)),
  });

  const status = (page: Page) => page.getByTestId('connection-state');
  const presenceSummary = (page: Page) => page.getByTestId('presence-summary');
  const home = (page: Page) => page.getByRole('textbox', { name: 'What the family sees at home' });
  const school = (page: Page) => page.getByRole('textbox', { name: 'School', exact: true });

  it('says it cannot see who is here while offline, and shows the team again once back', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    await suite.open('Priya Nair', '/plan');
    await expect.poll(() => dana.getByTestId('presence').innerText(), { timeout: 15_000 }).toContain('Priya Nair');

    await dana.context().setOffline(true);
    await expect.poll(() => presenceSummary(dana).innerText(), { timeout: 15_000 }).toBe('Offline — can’t see who else is here');
    expect(await dana.getByTestId('presence').getAttribute('aria-label')).toBe('Offline — can’t see who else is here');
    expect(await dana.getByTestId('presence').innerText()).not.toContain('Priya Nair');

    await dana.context().setOffline(false);
    await expect.poll(() => presenceSummary(dana).innerText(), { timeout: 15_000 }).toBe('2 people here');
    expect(await dana.getByTestId('presence').innerText()).toContain('Priya Nair');
  });

  it('says it is finding who is here while the page first connects, not that it is not connected', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const [name, value] = suite.team.members['Dana Ortiz']!.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: suite.server.url, httpOnly: true, sameSite: 'Lax' }]);
      const page = await context.newPage();
      // The document's socket opens but the server never answers: the page stays connecting.
      await page.routeWebSocket(/.*/, () => undefined);
      await page.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
      await expect.poll(() => presenceSummary(page).innerText(), { timeout: 15_000 }).toBe('Finding who is here…');
    } finally {
      await context.close();
    }
  });

  it('counts the places changed offline, not the keystrokes', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    await dana.context().setOffline(true);
    await home(dana).click();
    await dana.keyboard.type('She reads recipes aloud with her brother.');
    await expect.poll(() => dana.getByTestId('unsent-count').innerText(), { timeout: 15_000 }).toBe('Changes in 1 place not sent yet');
    await expect.poll(() => dana.getByTestId('offline-edit-banner').innerText(), { timeout: 15_000 }).toContain('Changes in 1 place are waiting.');

    await school(dana).click();
    await dana.keyboard.type('Uses a slant board.');
    await expect.poll(() => dana.getByTestId('unsent-count').innerText(), { timeout: 15_000 }).toBe('Changes in 2 places not sent yet');

    await dana.context().setOffline(false);
    await expect.poll(() => dana.getByTestId('unsent-count').count(), { timeout: 15_000 }).toBe(0);
  });

  it('says the changes were sent only once the server holds them', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    const priya = await suite.open('Priya Nair', '/plan');
    await dana.context().setOffline(true);
    await home(dana).click();
    await dana.keyboard.press('End');
    await dana.keyboard.type(' Typed on the train.');
    await expect.poll(() => dana.getByTestId('unsent-count').count(), { timeout: 15_000 }).toBe(1);

    // The server takes the change but has not stored it yet: nothing may say "Saved".
    store!.hold();
    try {
      await dana.context().setOffline(false);
      await expect.poll(() => store!.waiting, { timeout: 15_000 }).toBeGreaterThan(0);
      await expect.poll(() => status(dana).innerText(), { timeout: 15_000 }).toBe('Sending your changes…');
      expect(await status(dana).getAttribute('data-state')).not.toBe('connected');
      expect(await dana.getByTestId('unsent-count').innerText()).toBe('Changes in 1 place not sent yet');
    } finally {
      store!.release();
    }

    await expect.poll(() => status(dana).innerText(), { timeout: 15_000 }).toBe('Back online — your changes were sent');
    expect(await status(dana).getAttribute('role')).toBe('status');
    expect(await status(dana).getAttribute('data-state')).toBe('connected');
    expect(await dana.getByTestId('unsent-count').count()).toBe(0);
    await expect.poll(() => home(priya).innerText(), { timeout: 15_000 }).toContain('Typed on the train.');
  });

  it('confirms a second offline spell as it did the first', async () => {
    const dana = await suite.open('Dana Ortiz', '/plan');
    for (const words of [' Typed on the bus.', ' Typed on the way back.']) {
      await dana.context().setOffline(true);
      await expect.poll(() => status(dana).getAttribute('data-state'), { timeout: 15_000 }).not.toBe('connected');
      await home(dana).click();
      await dana.keyboard.press('End');
      await dana.keyboard.type(words);
      await expect.poll(() => dana.getByTestId('unsent-count').count(), { timeout: 15_000 }).toBe(1);
      await dana.context().setOffline(false);
      // The server's answer carries this page's items from where the first spell left off.
      await expect.poll(() => status(dana).innerText(), { timeout: 15_000 }).toBe('Back online — your changes were sent');
      expect(await dana.getByTestId('unsent-count').count()).toBe(0);
    }
    const plan = await suite.server.services.documents.readPlan(suite.team.workspaceId);
    expect(JSON.stringify(plan)).toContain('Typed on the bus. Typed on the way back.');
  });

  it('confirms the changes even when the server answered before they arrived', async () => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const [name, value] = suite.team.members['Dana Ortiz']!.cookie.split('=') as [string, string];
      await context.addCookies([{ name, value, url: suite.server.url, httpOnly: true, sameSite: 'Lax' }]);
      const dana = await context.newPage();
      // Between the page and the server: once back online, the page's reply carrying what it
      // typed offline (a sync step 2: bytes 0, 1) is held a moment, so the server answers the
      // page's question about its changes before they arrive.
      let holdReplies = false;
      await dana.routeWebSocket(/.*/, (socket) => {
        const server = socket.connectToServer();
        socket.onMessage((message) => {
          const bytes = typeof message === 'string' ? Buffer.from(message) : message;
          if (holdReplies && bytes[0] === 0 && bytes[1] === 1) setTimeout(() => server.send(message), 1_500);
          else server.send(message);
        });
        server.onMessage((message) => socket.send(message));
      });
      await dana.goto(`${suite.server.url}/w/${suite.team.workspaceId}/plan`);
      await status(dana).and(dana.locator('[data-state="connected"]')).waitFor({ timeout: 15_000 });
      await context.setOffline(true);
      await home(dana).click();
      await dana.keyboard.press('End');
      await dana.keyboard.type(' Typed in the tunnel.');
      holdReplies = true;
      await context.setOffline(false);
      await expect.poll(() => status(dana).innerText(), { timeout: 20_000 }).toBe('Back online — your changes were sent');
    } finally {
      await context.close();
    }
  });
});
