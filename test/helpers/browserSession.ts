import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { planDoc, type GoalInput } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import { roleDefinitions } from '../../shared/roles';
import { apiClient } from './apiClient';
import { connectClient } from './collabClient';
import type { SeededTeam } from './seed';
import type { TestServer } from './testServer';
import { eventually } from './waitFor';

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
  options: { viewport?: { width: number; height: number }; waitForConnection?: boolean; contexts?: BrowserContext[] } = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, acceptDownloads: true });
  options.contexts?.push(context);
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
