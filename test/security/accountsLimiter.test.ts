import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { watchHealth } from '../helpers/healthWatch';
import { seedTeam, testPassword, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** A JSON POST sent from a chosen loopback address, as a second computer would. */
function postFrom(localAddress: string, baseUrl: string, path: string, body: unknown): Promise<{ status: number; retryAfter: number | null }> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(path, baseUrl), {
      method: 'POST',
      localAddress,
      agent: false,
      headers: { 'content-type': 'application/json', origin: baseUrl },
    });
    request.on('response', (response) => {
      response.resume();
      response.on('end', () => {
        const header = response.headers['retry-after'];
        resolve({ status: response.statusCode ?? 0, retryAfter: header === undefined ? null : Number(header) });
      });
    });
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('the sign-in limiter counts before it checks', () => {
  let server: TestServer;
  let team: SeededTeam;
  const passwordChecks = () => server.logs.filter((line) => line.message === 'password checked').length;

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('lets 200 concurrent wrong passwords from one address reach at most 5 password checks', async () => {
    const email = team.members.manager!.email;
    const health = watchHealth(server.url);
    const before = passwordChecks();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => postFrom('127.0.0.1', server.url, '/api/auth/signin', { email, password: `wrong guess ${i}` })),
    );
    const checks = passwordChecks() - before;
    const summary = await health.stop();

    expect(checks).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 401)).toHaveLength(checks);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(200 - checks);
    expect(summary.failures).toBe(0);
    expect(summary.slowestMs).toBeLessThan(500);
  });

  it('limits one address guessing at many accounts', async () => {
    const before = passwordChecks();
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        postFrom('127.0.0.1', server.url, '/api/auth/signin', { email: `someone${i}@example.org`, password: 'a guess at it' }),
      ),
    );
    const checks = passwordChecks() - before;
    expect(checks).toBeLessThanOrEqual(10);
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThanOrEqual(190);
  });

  it('does not lock the owner out for long: from their own address they wait seconds at most', async () => {
    const email = team.members.manager!.email;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => postFrom('127.0.0.1', server.url, '/api/auth/signin', { email, password: `stranger guess ${i}` })),
    );
    const owner = await postFrom('127.0.0.2', server.url, '/api/auth/signin', { email, password: testPassword });
    if (owner.status === 429) expect(owner.retryAfter!).toBeLessThanOrEqual(30);
    // The owner gets in as soon as the account's short wait is over.
    await eventually(async () => {
      expect((await postFrom('127.0.0.2', server.url, '/api/auth/signin', { email, password: testPassword })).status).toBe(200);
    }, 35_000);
  });

  it('limits sign-ups from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const answer = await postFrom('127.0.0.3', server.url, '/api/auth/signup', {
        email: `newcomer${i}@example.org`,
        displayName: `Newcomer ${i}`,
        password: 'a long enough password',
      });
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses.slice(10)).toEqual([429, 429]);
    // Another address still signs up.
    const elsewhere = await apiClient(server.url).request('POST', '/api/auth/signup', { email: 'else@example.org', displayName: 'Else', password: 'a long enough password' });
    expect(elsewhere.status).toBe(201);
  });
});
