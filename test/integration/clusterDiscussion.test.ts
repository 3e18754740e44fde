import { afterEach, beforeEach, expect, it } from 'vitest';
import { CommentThreads, readDiscussing, setDiscussing, type ThreadAnchor } from '../../shared/schema';
import type { UnreadCount } from '../../shared/notifications';
import { apiClient } from '../helpers/apiClient';
import { startCluster, type TestCluster } from '../helpers/cluster';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, postgresReachable, redisReachable } from '../helpers/externalServices';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import type { TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const servicesUp = (await postgresReachable()) && (await redisReachable());
const anchor: ThreadAnchor = { kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: 'g1' }, label: 'Goal: pencil grip' };

describeWithService('PostgreSQL and Redis', servicesUp, '"now discussing" and unread conversations across two instances', () => {
  let cluster: TestCluster;
  let a: TestServer;
  let b: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const connect = (server: TestServer, member: string, doc: string): CollabClient => {
    const client = connectClient(server.wsUrl, doc, { params: { token: team.members[member]!.token }, name: member });
    clients.push(client);
    return client;
  };
  const as = (server: TestServer, member: string) => apiClient(server.url, { cookie: team.members[member]!.cookie });
  /** What one client sees the named person discussing, or undefined when that person is not here. */
  const discussedBy = (client: CollabClient, name: string) => {
    for (const state of client.provider.awareness.getStates().values()) {
      if ((state.user as { name?: string } | undefined)?.name === name) return readDiscussing(state);
    }
    return undefined;
  };

  beforeEach(async () => {
    cluster = await startCluster(2);
    [a, b] = cluster.instances as [TestServer, TestServer];
    team = await seedTeam(a.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster.close();
  });

  it('shows what the case manager on A is discussing to a parent on B, and its end', async () => {
    const manager = connect(a, 'manager', team.planDoc);
    const parent = connect(b, 'parent', team.planDoc);
    await Promise.all([manager.synced, parent.synced]);

    setDiscussing(manager.provider.awareness, { section: 'goals', itemId: 'g1' });
    await eventually(() => expect(discussedBy(parent, 'manager')).toEqual({ section: 'goals', itemId: 'g1' }));
    setDiscussing(manager.provider.awareness, { section: 'services' });
    await eventually(() => expect(discussedBy(parent, 'manager')).toEqual({ section: 'services' }));
    setDiscussing(manager.provider.awareness, null);
    await eventually(() => expect(discussedBy(parent, 'manager')).toBeNull());

    // Someone who joins later on B sees what is being discussed now.
    setDiscussing(manager.provider.awareness, { section: 'transition' });
    const teacher = connect(b, 'teacher', team.planDoc);
    await teacher.synced;
    await eventually(() => expect(discussedBy(teacher, 'manager')).toEqual({ section: 'transition' }));

    // The case manager leaves: the banner goes on the other instance too.
    manager.destroy();
    await eventually(() => {
      expect(discussedBy(parent, 'manager')).toBeUndefined();
      expect(discussedBy(teacher, 'manager')).toBeUndefined();
    });
  });

  it('counts a conversation started on A as unread on B, live and by the API, until it is read on B', async () => {
    const teacherLive = connect(b, 'teacher', `${team.workspaceId}/comments`);
    await teacherLive.synced;
    const started = await as(a, 'manager').request<{ threadId: string }>('POST', `/api/workspaces/${team.workspaceId}/threads`, {
      anchor,
      body: '@teacher can you check the grip data?',
      mentions: [team.members.teacher!.userId],
    });
    expect(started.status).toBe(201);
    // The teacher's open comments panel on B shows it at once.
    await eventually(() => expect(new CommentThreads(teacherLive.doc).list().map((thread) => thread.id)).toContain(started.body.threadId));

    const unreadOn = async (server: TestServer) =>
      (await as(server, 'teacher').request<{ counts: UnreadCount[] }>('GET', '/api/notifications/unread')).body.counts;
    expect(await unreadOn(b)).toEqual([{ workspaceId: team.workspaceId, unread: 1, mentions: 1 }]);
    expect(await unreadOn(a)).toEqual([{ workspaceId: team.workspaceId, unread: 1, mentions: 1 }]);

    const read = await as(b, 'teacher').request('POST', `/api/workspaces/${team.workspaceId}/threads/${started.body.threadId}/read`);
    expect(read.status).toBeLessThan(300);
    expect(await unreadOn(a)).toEqual([{ workspaceId: team.workspaceId, unread: 0, mentions: 0 }]);

    // A reply typed through B is unread for the case manager asking A.
    await as(b, 'teacher').request('POST', `/api/workspaces/${team.workspaceId}/threads/${started.body.threadId}/comments`, { body: 'Checked: 4 of 5.' });
    const managerOnA = (await as(a, 'manager').request<{ counts: UnreadCount[] }>('GET', '/api/notifications/unread')).body.counts;
    expect(managerOnA).toEqual([{ workspaceId: team.workspaceId, unread: 1, mentions: 0 }]);
  });
});
