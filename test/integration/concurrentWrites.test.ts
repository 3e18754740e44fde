import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/apiClient';
import { seedTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * Requests that race each other: the repositories are asynchronous, so what used to be one
 * synchronous step now relies on transactions and constraints (on SQLite and PostgreSQL).
 */
describe('concurrent writes', () => {
  let server: TestServer;

  beforeEach(async () => {
    server = await startTestServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it('gives one account to five sign-ups for the same address at once; the others hear it exists', async () => {
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        apiClient(server.url).request('POST', '/api/auth/signup', { email: i % 2 ? 'Sam@Example.org' : 'sam@example.org', displayName: `Sam ${i}`, password: 'a long enough password' }),
      ),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1);
    expect(answers.filter((answer) => answer.status === 409).map((answer) => answer.body)).toEqual(
      Array.from({ length: 4 }, () => expect.objectContaining({ error: expect.objectContaining({ id: 'email_taken' }) })),
    );
  });

  it('keeps a case manager when two case managers remove each other at the same moment', async () => {
    const team = await seedTeam(server.services, { dana: 'case_manager', lee: 'case_manager' });
    const ws = team.workspaceId;
    const as = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie, origin: server.url });
    const [first, second] = await Promise.all([
      as('dana').request('DELETE', `/api/workspaces/${ws}/members/${team.members.lee!.userId}`),
      as('lee').request('DELETE', `/api/workspaces/${ws}/members/${team.members.dana!.userId}`),
    ]);
    const statuses = [first.status, second.status];
    // Whoever went second either was no longer a member (403) or was the last manager (409).
    expect(statuses.filter((status) => status === 204)).toHaveLength(1);
    expect(await server.services.workspaces.countWithRole(ws, 'case_manager')).toBe(1);
    // The audit log holds exactly the removal that happened, and its chain is whole.
    const page = await server.services.audit.list(ws, { action: 'member.removed', limit: 10 });
    expect(page.events).toHaveLength(1);
    expect(await server.services.audit.verify(ws)).toMatchObject({ ok: true });
  });
});
