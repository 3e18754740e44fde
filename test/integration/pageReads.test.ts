import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageReadsElementId, type PageRead } from '../../shared/pageReads';
import { apiClient } from '../helpers/apiClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';

const sessionPreload = '<link rel="preload" href="/api/auth/me" as="fetch" crossorigin="anonymous" />';

/** The page as the build writes it: its head preloads the session check. */
function builtClient(): string {
  const dir = makeTempDir('bridgeplan-page-reads-');
  fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><title>Bridgeplan</title>${sessionPreload}</head><body><div id="root"></div></body></html>`);
  return dir;
}

/** The answers in a page, read as the client reads them. */
function readsIn(html: string): Map<string, unknown> {
  const match = new RegExp(`<script type="application/json" id="${pageReadsElementId}">([^<]*)</script>`).exec(html);
  const reads = match ? (JSON.parse(match[1]!) as PageRead[]) : [];
  return new Map(reads.map((read) => [read.path, read.body]));
}

describe('a page carries the answers to the reads it opens with', () => {
  let server: TestServer;
  let team: SeededTeam;
  let outsiders: SeededTeam;
  const page = (address: string, cookie: string | null = team.members.dana!.cookie) => fetch(`${server.url}${address}`, { headers: cookie ? { cookie } : {} });
  const apiBody = async (address: string, cookie: string = team.members.dana!.cookie) =>
    (await apiClient(server.url, { cookie }).request('GET', `/api${address}`)).body;

  beforeAll(async () => {
    server = await startTestServer({}, { staticDir: builtClient() });
    team = await seedTeam(server.services, { dana: 'case_manager', alex: 'parent' });
    outsiders = await seedTeam(server.services, { stranger: 'case_manager' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers a plan page’s session and workspace reads as the API does, and the page is never stored', async () => {
    const response = await page(`/w/${team.workspaceId}/plan`);
    const html = await response.text();
    const reads = readsIn(html);
    expect(reads.get('/auth/me')).toEqual(await apiBody('/auth/me'));
    expect(reads.get(`/workspaces/${team.workspaceId}`)).toEqual(await apiBody(`/workspaces/${team.workspaceId}`));
    expect(response.headers.get('cache-control')).toBe('no-store');
    // Answered, the session check is not asked for a second time.
    expect(html).not.toContain(sessionPreload);
  });

  it('answers the student list on the first page', async () => {
    const html = await (await page('/')).text();
    const reads = readsIn(html);
    expect(reads.get('/workspaces')).toEqual(await apiBody('/workspaces'));
    expect(reads.get('/notifications/unread')).toEqual(await apiBody('/notifications/unread'));
    expect(reads.get('/auth/me')).toMatchObject({ user: { id: team.members.dana!.userId } });
  });

  it('puts in no refusal: another team’s workspace is left for the client to be refused', async () => {
    const html = await (await page(`/w/${outsiders.workspaceId}/plan`)).text();
    const reads = readsIn(html);
    expect(reads.has(`/workspaces/${outsiders.workspaceId}`)).toBe(false);
    expect(html).not.toContain('Elm Street Elementary');
    expect(reads.get('/auth/me')).toMatchObject({ user: { id: team.members.dana!.userId } });
  });

  it('signed out, or with a forged cookie, says so and answers only the public setup', async () => {
    for (const cookie of [null, 'bp_session=forged']) {
      const response = await page(`/w/${team.workspaceId}/plan`, cookie);
      const html = await response.text();
      const match = new RegExp(`<script type="application/json" id="${pageReadsElementId}">([^<]*)</script>`).exec(html);
      const reads = JSON.parse(match![1]!) as PageRead[];
      expect(reads.map((read) => read.path)).toEqual(['/auth/me', '/setup']);
      // The session check's refusal, exactly as the API gives it, so the sign-in page shows at once.
      const signedOut = await apiClient(server.url, { cookie }).request('GET', '/api/auth/me');
      expect(signedOut.status).toBe(401);
      expect(reads[0]).toEqual({ path: '/auth/me', status: 401, body: signedOut.body });
      expect(html).not.toContain(sessionPreload);
      expect(html).not.toContain(team.workspaceId + '"');
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('keeps a student’s name that spells markup inside the data, where the page cannot run it', async () => {
    const dana = apiClient(server.url, { cookie: team.members.dana!.cookie });
    const studentName = '</script><script>alert(1)</script> & <!-- \u2028 -->';
    const created = await dana.request<{ workspace: { id: string } }>('POST', '/api/workspaces', { studentName });
    expect(created.status).toBe(201);
    const html = await (await page(`/w/${created.body.workspace.id}/plan`)).text();
    expect(html).not.toContain('<script>alert(1)');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(readsIn(html).get(`/workspaces/${created.body.workspace.id}`)).toMatchObject({ workspace: { studentName } });
  });

  it('does not hold the page for a database that is slow right now: the page comes without answers', async () => {
    const authenticator = server.services.authenticator;
    const identify = authenticator.identify.bind(authenticator);
    // Every API request first finds who is asking; here that takes two seconds.
    authenticator.identify = async (...args: Parameters<typeof identify>) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return identify(...args);
    };
    try {
      const response = await page(`/w/${team.workspaceId}/plan`);
      const html = await response.text();
      expect(readsIn(html).size).toBe(0);
      expect(html).toContain(sessionPreload);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    } finally {
      authenticator.identify = identify;
    }
  });

  it('sends none when the budget is set to 0 (PAGE_READS_BUDGET_MS)', async () => {
    const without = await startTestServer({ pageReadsBudgetMs: 0 }, { staticDir: builtClient() });
    try {
      const response = await fetch(`${without.url}/`, { headers: { cookie: team.members.dana!.cookie } });
      expect(readsIn(await response.text()).size).toBe(0);
      expect(response.headers.get('cache-control')).toBe('no-cache');
    } finally {
      await without.close();
    }
  });
});
