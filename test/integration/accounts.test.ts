import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { upgradeStatus } from '../helpers/rawSocket';

describe('accounts and sessions', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  const signUp = (email = 'teacher@example.org') =>
    apiClient(server.url).request('POST', '/api/auth/signup', { email, displayName: 'Ms. Rivera', password: 'a long enough password' });

  it('leads a fresh install to create the first account', async () => {
    const api = apiClient(server.url);
    expect((await api.request('GET', '/api/setup')).body).toEqual({ needsFirstAccount: true, mailEnabled: false });
    await signUp();
    expect((await api.request('GET', '/api/setup')).body).toEqual({ needsFirstAccount: false, mailEnabled: false });
  });

  it('signs up, signs in and out with an HttpOnly SameSite=Lax session cookie', async () => {
    const created = await signUp();
    expect(created.status).toBe(201);
    const cookie = created.headers.get('set-cookie')!;
    expect(cookie).toMatch(/bp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http on localhost

    const api = apiClient(server.url);
    const signedIn = await api.request('POST', '/api/auth/signin', { email: 'TEACHER@example.org', password: 'a long enough password' });
    expect(signedIn.status).toBe(200);
    expect((await api.request('GET', '/api/auth/me')).body).toMatchObject({ user: { email: 'teacher@example.org' } });

    const oldCookie = api.cookie;
    expect((await api.request('POST', '/api/auth/signout')).status).toBe(204);
    // The old cookie is dead on the server, not just forgotten by the browser.
    const replay = apiClient(server.url, { cookie: oldCookie });
    expect((await replay.request('GET', '/api/auth/me')).status).toBe(401);
  });

  it('marks the cookie Secure behind https', async () => {
    const secure = await startTestServer({ publicUrl: 'https://plans.example.org' });
    try {
      const response = await apiClient(secure.url, { origin: 'https://plans.example.org' }).request('POST', '/api/auth/signup', {
        email: 'a@example.org',
        displayName: 'A',
        password: 'a long enough password',
      });
      expect(response.headers.get('set-cookie')).toMatch(/Secure/);
    } finally {
      await secure.close();
    }
  });

  it('refuses bad sign-up input with a clear message', async () => {
    const api = apiClient(server.url);
    const short = await api.request('POST', '/api/auth/signup', { email: 'x@example.org', displayName: 'X', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { id: 'invalid_password' } });
    const email = await api.request('POST', '/api/auth/signup', { email: 'not-an-email', displayName: 'X', password: 'a long enough password' });
    expect(email.body).toMatchObject({ error: { id: 'invalid_email' } });
    await signUp();
    expect((await signUp()).status).toBe(409);
  });

  it('refuses a cross-origin or origin-less state change', async () => {
    const evil = apiClient(server.url, { origin: 'https://evil.example' });
    const response = await evil.request('POST', '/api/auth/signup', { email: 'a@example.org', displayName: 'A', password: 'a long enough password' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ error: { id: 'bad_origin' } });
    const none = apiClient(server.url, { origin: null });
    expect((await none.request('POST', '/api/workspaces', { studentName: 'Sam' })).status).toBe(403);
  });

  it('slows down repeated wrong passwords for an account', async () => {
    await signUp();
    const api = apiClient(server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      statuses.push((await api.request('POST', '/api/auth/signin', { email: 'teacher@example.org', password: `wrong guess ${i}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toContain(429);
    // Even the right password waits until the lockout passes.
    const right = await api.request('POST', '/api/auth/signin', { email: 'teacher@example.org', password: 'a long enough password' });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('never writes passwords or tokens to the log', async () => {
    await signUp();
    await apiClient(server.url).request('POST', '/api/auth/signin', { email: 'teacher@example.org', password: 'a long enough password' });
    const logged = JSON.stringify(server.logs);
    expect(logged).not.toContain('a long enough password');
    expect(logged).not.toContain('bp_session=');
  });

  it('will not open a socket for a signed-out session', async () => {
    const api = apiClient(server.url);
    await api.request('POST', '/api/auth/signup', { email: 'cm@example.org', displayName: 'CM', password: 'a long enough password' });
    const workspace = await api.request<{ workspace: { id: string } }>('POST', '/api/workspaces', { studentName: 'Sam' });
    const plan = `${server.wsUrl}/${workspace.body.workspace.id}/plan`;
    const cookie = api.cookie!;
    expect(await upgradeStatus(plan, { cookie, origin: server.url })).toBe(101);
    await api.request('POST', '/api/auth/signout');
    expect(await upgradeStatus(plan, { cookie, origin: server.url })).toBe(401);
  });
});
