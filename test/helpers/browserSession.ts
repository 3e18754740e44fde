import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planDoc, type GoalInput } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import { roleDefinitions } from '../../shared/roles';
import { apiClient } from './apiClient';
import { connectClient } from './collabClient';
import { seedTeam, type SeededTeam } from './seed';
import { startTestServer, type TestServer } from './testServer';
import { defaultStaticDir, type ServerDeps } from '../../server/main';
import { launchBrowser } from './browser';
import { eventually } from './waitFor';
import type { Config } from '../../server/config';
import { sharedComputerKey } from '../../client/session/localCopies';

/**
 * Opens a page as a seeded member: a fresh browser context carrying their session cookie, as
 * if they had signed in. Waits for the live connection when the page is a shared document.
 */
export async function openPageAs(
  browser: Browser,
  server: TestServer,
  team: SeededTeam,
  person: string,
  path: string,
  options: { viewport?: { width: number; height: number }; waitForConnection?: boolean; contexts?: BrowserContext[]; bypassCSP?: boolean; sharedComputer?: boolean; touch?: boolean } = {},
): Promise<Page> {
  // `touch`: a phone's touch screen alone, with no keyboard or mouse (coarse pointer, no hover).
  const touch = options.touch ? { hasTouch: true, isMobile: true } : {};
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, acceptDownloads: true, bypassCSP: options.bypassCSP ?? false, ...touch });
  options.contexts?.push(context);
  // As if "This is a shared computer" had been ticked at sign-in: the tab knows it before the
  // app's first line runs, so nothing is stored on the device from the first page on.
  if (options.sharedComputer) await context.addInitScript((key) => sessionStorage.setItem(key, '1'), sharedComputerKey);
  const [name, value] = team.members[person]!.cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.url, httpOnly: true, sameSite: 'Lax' }]);
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  if (options.waitForConnection ?? true) await page.locator('[data-testid="connection-state"][data-state="connected"]').waitFor();
  return page;
}

/** Writes a goal into the plan as a member would, and waits until the server has stored it. */
export async function seedGoal(server: TestServer, team: SeededTeam, person: string, role: Role, input: GoalInput): Promise<string> {
  const member = team.members[person]!;
  const writer = connectClient(server.wsUrl, team.planDoc, { params: { token: member.token } });
  try {
    await writer.synced;
    const goalId = planDoc(writer.doc).goals.add(input, { userId: member.userId, name: person, role, setting: roleDefinitions[role].setting });
    const api = apiClient(server.url, { cookie: member.cookie });
    await eventually(async () => {
      const stored = await api.request<{ plan: { goals: { id: string }[] } }>('GET', `/api/workspaces/${team.workspaceId}/plan`);
      expect(stored.body.plan.goals.map((goal) => goal.id)).toContain(goalId);
    });
    return goalId;
  } finally {
    writer.destroy();
  }
}

export interface BrowserTeam {
  readonly server: TestServer;
  readonly team: SeededTeam;
  /** A page at `path` (e.g. `/plan`, under the team's workspace) as one of the seeded people. */
  /** `bypassCSP` lets a test inject a checker script (axe-core) the page's policy would refuse. */
  /** `sharedComputer`: signed in with "This is a shared computer" ticked. */
  open(person: string, path: string, options?: { viewport?: { width: number; height: number }; waitForConnection?: boolean; bypassCSP?: boolean; sharedComputer?: boolean; touch?: boolean }): Promise<Page>;
  /** The running browser, for pages opened without anyone signed in. */
  readonly browser: Browser;
}

/**
 * For a browser test file: the real server serving the built client, a seeded team, Chromium,
 * all started before the tests (with `prepare` for data they need) and closed after them.
 */
export function useBrowserTeam(
  people: Record<string, Role>,
  prepare?: (server: TestServer, team: SeededTeam) => Promise<void>,
  /** Server settings the tests need (e.g. a short history idle time). */
  config: Partial<Config> = {},
  /** Parts of the server a test replaces or wraps (e.g. storage it can hold). */
  deps: ServerDeps = {},
): BrowserTeam {
  let server: TestServer | undefined;
  let team: SeededTeam | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer(config, { staticDir: defaultStaticDir, ...deps });
    team = await seedTeam(server.services, people);
    await prepare?.(server, team);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      return server!;
    },
    get team() {
      return team!;
    },
    get browser() {
      return browser!;
    },
    open: (person, path, options = {}) => openPageAs(browser!, server!, team!, person, `/w/${team!.workspaceId}${path}`, { ...options, contexts }),
  };
}
