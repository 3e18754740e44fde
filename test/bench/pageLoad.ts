import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sessionCookieName } from '../../server/accounts/Authenticator';
import { buildClientIfStale } from '../../server/buildClient';
import { createLogger } from '../../server/logger';
import { launchBrowser } from '../helpers/browser';
import { paths } from '../../shared/routes';
import { post } from './benchAccess';
import { makeDataDir, startOurServer } from './benchServers';

/**
 * Chrome DevTools' "Slow 4G" preset: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips (the
 * latency is DevTools' figure for them, 3.75 times), both rates at 90 % as DevTools sets them.
 * A parent opening the plan on a phone in a car park is on a link like this.
 */
const slow4g = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };

export interface PageLoadSample {
  /** From asking for the page to the moment what the person came for is on screen. */
  readonly seconds: number;
  /** Bytes that crossed the link (compressed, headers included). */
  readonly kib: number;
  readonly requests: number;
}

export interface PageLoadCase {
  readonly label: string;
  readonly cold: readonly PageLoadSample[];
  /** The same page again in the same browser: hashed files come from its cache. */
  readonly cached: readonly PageLoadSample[];
}

interface Visit {
  readonly label: string;
  readonly path: string;
  readonly signedIn: boolean;
  /**
   * What the person sees once the page is usable, checked in the page on every change to it.
   * The page's own clock says when it first held, from the start of the navigation: a
   * Playwright wait polls every 500 ms once its first tries fail, and put figures on that grid.
   */
  readonly ready: () => boolean;
}

async function signUp(baseUrl: string): Promise<{ cookie: string; planPath: string }> {
  const signup = await post<unknown>(baseUrl, '/api/auth/signup', { email: `pageload-${Date.now()}@example.org`, displayName: 'Page Load', password: 'a long enough password 1' }, null);
  if (!signup.cookie) throw new Error('sign-up set no session cookie');
  const created = await post<{ workspace: { id: string } }>(baseUrl, '/api/workspaces', { studentName: 'Avery Example' }, signup.cookie);
  return { cookie: signup.cookie, planPath: paths.plan(created.body.workspace.id) };
}

declare global {
  interface Window {
    /** When the page was first usable, on its own clock (set by `watchReady`). */
    readyAt?: number;
  }
}

/** Has every document `page` loads note the moment `visit.ready` first holds. */
async function watchReady(page: Page, visit: Visit): Promise<void> {
  await page.addInitScript({
    content: `(() => {
      const ready = ${visit.ready.toString()};
      const observer = new MutationObserver(() => {
        if (window.readyAt !== undefined || !ready()) return;
        window.readyAt = performance.now();
        observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    })();`,
  });
}

/** Loads `visit` in `context` on the throttled link and times it until `ready` shows. */
async function measure(context: BrowserContext, page: Page, baseUrl: string, visit: Visit): Promise<PageLoadSample> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', slow4g);
  let bytes = 0;
  let requests = 0;
  cdp.on('Network.requestWillBeSent', () => (requests += 1));
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => (bytes += event.encodedDataLength));
  await page.goto(`${baseUrl}${visit.path}`, { waitUntil: 'commit', timeout: 60_000 });
  await page.waitForFunction(() => window.readyAt !== undefined, undefined, { timeout: 60_000 });
  const seconds = (await page.evaluate(() => window.readyAt!)) / 1000;
  await cdp.detach();
  return { seconds, kib: bytes / 1024, requests };
}

/**
 * The first pages a person opens, uncached and then cached, on a slow 4G link, in Debian's
 * Chromium against the server as `npm start` runs it (a production client build, compressed
 * and cached as served). Each cold sample is a fresh browser profile.
 */
export async function runPageLoad(samples = 3): Promise<PageLoadCase[]> {
  await buildClientIfStale(createLogger('warn'));
  const server = await startOurServer(makeDataDir());
  let browser: Browser | null = null;
  try {
    const baseUrl = server.spawned.url;
    const { cookie, planPath } = await signUp(baseUrl);
    const visits: Visit[] = [
      { label: 'sign-in page', path: '/', signedIn: false, ready: () => document.querySelector('input[type="password"]') !== null },
      { label: 'your students (signed in)', path: '/', signedIn: true, ready: () => [...document.querySelectorAll('a')].some((link) => link.textContent?.includes('Avery Example')) },
      {
        label: 'the plan, editor connected',
        path: planPath,
        signedIn: true,
        ready: () => document.querySelector('[data-testid="connection-state"][data-state="connected"]') !== null,
      },
    ];
    browser = await launchBrowser();
    const results: PageLoadCase[] = [];
    for (const visit of visits) {
      const cold: PageLoadSample[] = [];
      const cached: PageLoadSample[] = [];
      for (let sample = 0; sample < samples; sample += 1) {
        const context = await browser.newContext();
        if (visit.signedIn) {
          await context.addCookies([{ name: sessionCookieName, value: cookie.slice(sessionCookieName.length + 1), url: baseUrl }]);
        }
        const page = await context.newPage();
        await watchReady(page, visit);
        cold.push(await measure(context, page, baseUrl, visit));
        // The page goes on reading (threads, history...) after it is usable. Opened again while
        // those reads held the browser's six connections, the page itself waited a round trip
        // for one: one cached sample in four or five did.
        await page.waitForLoadState('networkidle');
        cached.push(await measure(context, page, baseUrl, visit));
        await context.close();
      }
      results.push({ label: visit.label, cold, cached });
    }
    return results;
  } finally {
    await browser?.close();
    await server.stop();
  }
}
