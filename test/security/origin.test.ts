import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { watchHealth, type HealthWatch } from '../helpers/healthWatch';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedDataDir, type SeededTeam } from '../helpers/seed';
import { spawnServer, type SpawnedServer } from '../helpers/spawnServer';
import { makeTempDir } from '../helpers/testServer';

/** Issue 10, item 3: another web site cannot use a member's cookie to reach a child's plan. */
describe('requests from other sites', () => {
  let dataDir: string;
  let server: SpawnedServer;
  let team: SeededTeam;
  let health: HealthWatch;
  const planSocket = () => `${server.wsUrl}/${team.planDoc}`;
  const exportsIn = async () =>
    (await apiClient(server.url, { cookie: team.members.manager!.cookie }).request<{ events: { action: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/audit`)).body.events.filter(
      (event) => event.action === 'plan.exported',
    ).length;

  // The server runs in its own process: only its answers are timed, not this test's work.
  beforeAll(async () => {
    dataDir = makeTempDir();
    team = await seedDataDir(dataDir, { manager: 'case_manager', parent: 'parent' });
    server = await spawnServer({ DATA_DIR: dataDir }, { compiled: true });
    // The first export loads the renderers; that one-time cost is not what this file tests.
    const warmUp = await fetch(`${server.url}/api/workspaces/${team.workspaceId}/plan/export?format=md`, { headers: { authorization: `Bearer ${team.members.manager!.token}` } });
    expect(warmUp.status).toBe(200);
  });
  afterAll(async () => {
    await server.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    health = watchHealth(server);
  });
  afterEach(async () => {
    const summary = await health.stop();
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('refuses a cookie upgrade from a foreign origin or with no origin, and accepts our own and a token', async () => {
    const cookie = team.members.parent!.cookie;
    const otherPort = new URL(server.url);
    otherPort.port = String(Number(otherPort.port) + 1);
    expect(await upgradeStatus(planSocket(), { cookie, origin: otherPort.origin })).toBe(403);
    expect(await upgradeStatus(planSocket(), { cookie, origin: 'https://evil.example' })).toBe(403);
    expect(await upgradeStatus(planSocket(), { cookie })).toBe(403);

    expect(await upgradeStatus(planSocket(), { cookie, origin: server.url })).toBe(101);
    expect(await upgradeStatus(`${planSocket()}?token=${team.members.parent!.token}`)).toBe(101);
    expect(await upgradeStatus(`${planSocket()}?token=${team.members.parent!.token}`, { origin: 'https://evil.example' })).toBe(101);
  });

  it('lets pages connect only to our own origin', async () => {
    const csp = (await fetch(`${server.url}/healthz`)).headers.get('content-security-policy') ?? '';
    const connectSrc = csp.split(';').find((part) => part.trim().startsWith('connect-src'))?.trim();
    expect(connectSrc).toBe("connect-src 'self'");
  });

  it('refuses an export started by another site with the member’s cookie, and writes nothing to the audit log', async () => {
    const url = `${server.url}/api/workspaces/${team.workspaceId}/plan/export?format=md`;
    const cookie = team.members.parent!.cookie;
    const before = await exportsIn();
    for (const site of ['cross-site', 'same-site']) {
      const response = await fetch(url, { headers: { cookie, 'sec-fetch-site': site } });
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { id: string } }).error.id).toBe('cross_site_export');
    }
    expect((await fetch(url, { headers: { cookie } })).status).toBe(403);
    const report = `${server.url}/api/workspaces/${team.workspaceId}/progress/report?from=2026-10-01&to=2026-10-31&format=md`;
    expect((await fetch(report, { headers: { cookie, 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
    expect(await exportsIn()).toBe(before);

    // Our own download button, an address typed in, and a token all still export.
    expect((await fetch(url, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
    expect((await fetch(url, { headers: { cookie, 'sec-fetch-site': 'none' } })).status).toBe(200);
    expect((await fetch(url, { headers: { authorization: `Bearer ${team.members.parent!.token}`, 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
    expect(await exportsIn()).toBe(before + 3);
  });
});
