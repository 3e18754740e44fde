import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId, type ThreadAnchor } from '../../shared/schema';
import type { ThreadSummary } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

const goalAnchor: ThreadAnchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: 'g1' }, label: 'Goal: pencil grip' };

/**
 * A comment written offline is sent when the connection is back, and may be sent twice (the
 * answer to the first try was lost). The client's own id makes every repeat land once.
 */
describe('comments sent with the client’s id', () => {
  let server: TestServer;
  let team: SeededTeam;
  let outsiderTeam: SeededTeam;
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const threadsPath = () => `/api/workspaces/${team.workspaceId}/threads`;
  const listed = async () => (await as('manager').request<{ threads: ThreadSummary[] }>('GET', threadsPath())).body.threads.map((summary) => summary.thread);

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    outsiderTeam = await seedTeam(server.services, { outsider: 'case_manager' });
  });
  afterEach(async () => {
    await server.close();
  });

  it('starts a conversation once however often, and however concurrently, it is sent', async () => {
    const clientId = newId();
    const send = () => as('parent').request<{ threadId: string }>('POST', threadsPath(), { anchor: goalAnchor, body: 'Written on the bus.', clientId });
    const first = await send();
    const again = await send();
    const together = await Promise.all([send(), send(), send()]);
    expect([first.status, again.status, ...together.map((answer) => answer.status)]).toEqual([201, 200, 200, 200, 200]);
    expect(new Set([first, again, ...together].map((answer) => answer.body.threadId))).toEqual(new Set([clientId]));
    const threads = await listed();
    expect(threads.map((thread) => [thread.id, thread.comments.map((comment) => comment.body)])).toEqual([[clientId, ['Written on the bus.']]]);
  });

  it('adds a reply once, in the order sent, and never under someone else’s id', async () => {
    const threadId = (await as('manager').request<{ threadId: string }>('POST', threadsPath(), { anchor: goalAnchor, body: 'Grip at home?' })).body.threadId;
    const replies = [newId(), newId()];
    const reply = (name: string, clientId: string, body: string) => as(name).request<{ commentId: string }>('POST', `${threadsPath()}/${threadId}/comments`, { body, clientId });
    const concurrent = await Promise.all([reply('parent', replies[0]!, 'Yes, with chalk.'), reply('parent', replies[0]!, 'Yes, with chalk.')]);
    expect(concurrent.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect((await reply('parent', replies[1]!, 'Every evening.')).status).toBe(201);
    expect((await reply('parent', replies[1]!, 'Every evening.')).status).toBe(200);

    // The teacher's client reuses the parent's id: refused, and the parent's words stay theirs.
    const taken = await reply('teacher', replies[0]!, 'Not the parent.');
    expect([taken.status, (taken.body as unknown as { error: { id: string } }).error.id]).toEqual([409, 'client_id_taken']);
    const [thread] = await listed();
    expect(thread!.comments.map((comment) => [comment.author.name, comment.body])).toEqual([
      ['manager', 'Grip at home?'],
      ['parent', 'Yes, with chalk.'],
      ['parent', 'Every evening.'],
    ]);
    expect(thread!.comments.slice(1).map((comment) => comment.id)).toEqual(replies);
  });

  it('refuses a malformed id, a stranger and another workspace’s member, storing nothing', async () => {
    const bad = await as('parent').request<{ error: { id: string } }>('POST', threadsPath(), { anchor: goalAnchor, body: 'Hi', clientId: 'short' });
    expect([bad.status, bad.body.error.id]).toEqual([400, 'invalid_client_id']);
    const clientId = newId();
    expect((await apiClient(server.url).request('POST', threadsPath(), { anchor: goalAnchor, body: 'Hi', clientId })).status).toBe(401);
    const outsider = apiClient(server.url, { cookie: outsiderTeam.members.outsider!.cookie });
    expect((await outsider.request('POST', threadsPath(), { anchor: goalAnchor, body: 'Hi', clientId })).status).toBe(403);
    expect(await listed()).toEqual([]);
  });
});
