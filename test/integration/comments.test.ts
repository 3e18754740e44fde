import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CommentThreads, planDoc, type ThreadAnchor } from '../../shared/schema';
import type { ThreadSummary } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const goalAnchor = (goalId: string): ThreadAnchor => ({ kind: 'item', ref: { doc: 'plan', section: 'goals', itemId: goalId }, label: 'Goal: pencil grip' });

describe('comment threads', () => {
  let server: TestServer;
  let team: SeededTeam;
  let outsiderTeam: SeededTeam;
  const clients: CollabClient[] = [];
  const as = (name: string): ApiClient => apiClient(server.url, { cookie: team.members[name]!.cookie });
  const threadsPath = () => `/api/workspaces/${team.workspaceId}/threads`;
  const open = (name: string, doc: string) => {
    const client = connectClient(server.wsUrl, doc, { params: { token: team.members[name]!.token } });
    clients.push(client);
    return client;
  };

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', observer: 'observer', parent: 'parent' });
    outsiderTeam = await seedTeam(server.services, { outsider: 'case_manager' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('lets an observer comment, live for everyone, without changing the plan', async () => {
    const live = open('teacher', `${team.workspaceId}/comments`);
    await live.synced;
    const created = await as('observer').request<{ threadId: string }>('POST', threadsPath(), {
      anchor: goalAnchor('g1'),
      body: 'Could we add a home routine for this?',
    });
    expect(created.status).toBe(201);
    await eventually(() => {
      const threads = new CommentThreads(live.doc).list();
      expect(threads).toHaveLength(1);
      expect(threads[0]!.comments[0]).toMatchObject({ body: 'Could we add a home routine for this?', author: { name: 'observer', role: 'observer' } });
    });
    // The observer's socket on the plan is still read-only.
    const observerPlan = open('observer', team.planDoc);
    await observerPlan.synced;
    planDoc(observerPlan.doc).goals.add({ area: 'sensory' }, { userId: 'x', name: 'observer', role: 'observer', setting: 'school' });
    const managerPlan = open('manager', team.planDoc);
    await managerPlan.synced;
    expect(planDoc(managerPlan.doc).goals.list()).toHaveLength(0);
  });

  it('refuses a stranger and an outsider, over REST and the socket', async () => {
    expect((await apiClient(server.url).request('GET', threadsPath())).status).toBe(401);
    const outsider = apiClient(server.url, { cookie: outsiderTeam.members.outsider!.cookie });
    expect((await outsider.request('GET', threadsPath())).status).toBe(403);
    expect((await outsider.request('POST', threadsPath(), { anchor: goalAnchor('g1'), body: 'hi' })).status).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/comments`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/comments?token=${outsiderTeam.members.outsider!.token}`)).toBe(403);
  });

  it('ignores direct writes to the comments document over the socket', async () => {
    const writer = open('manager', `${team.workspaceId}/comments`);
    await writer.synced;
    new CommentThreads(writer.doc).create({
      threadId: 'forged',
      commentId: 'c1',
      anchor: goalAnchor('g1'),
      author: { userId: team.members.parent!.userId, name: 'parent', role: 'parent', setting: 'home' },
      body: 'words put in the parent’s mouth',
      mentions: [],
      at: new Date().toISOString(),
    });
    const reader = open('teacher', `${team.workspaceId}/comments`);
    await reader.synced;
    const listed = await as('teacher').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    expect(listed.body.threads).toHaveLength(0);
    expect(new CommentThreads(reader.doc).list()).toHaveLength(0);
  });

  it('lets only the author edit, and the author or case manager delete', async () => {
    const { body } = await as('teacher').request<{ threadId: string }>('POST', threadsPath(), { anchor: goalAnchor('g1'), body: 'First draft' });
    const threads = await as('teacher').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    const commentId = threads.body.threads[0]!.thread.comments[0]!.id;
    const commentPath = `${threadsPath()}/${body.threadId}/comments/${commentId}`;
    expect((await as('parent').request('PATCH', commentPath, { body: 'hijacked' })).status).toBe(403);
    expect((await as('parent').request('DELETE', commentPath)).status).toBe(403);
    expect((await as('teacher').request('PATCH', commentPath, { body: 'Second draft' })).status).toBe(204);
    expect((await as('manager').request('DELETE', commentPath)).status).toBe(204);
    const after = await as('parent').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    expect(after.body.threads[0]!.thread.comments[0]).toMatchObject({ deleted: true, body: '' });
  });

  it('keeps unread and mention state per person across a reconnect', async () => {
    const parentUserId = team.members.parent!.userId;
    const started = await as('parent').request<{ threadId: string }>('POST', threadsPath(), { anchor: goalAnchor('g1'), body: 'Is the grip used at home too?' });
    await as('teacher').request('POST', `${threadsPath()}/${started.body.threadId}/comments`, { body: 'Yes, from next week.' });
    await as('manager').request('POST', threadsPath(), {
      anchor: goalAnchor('g2'),
      body: '@parent could you bring the clinic report?',
      mentions: [parentUserId, 'u_not_a_member'],
    });

    // A fresh client (as after a reconnect) asks the server: state lives there, not in the tab.
    const inbox = await apiClient(server.url, { cookie: team.members.parent!.cookie }).request<{ items: ThreadSummary[] }>(
      'GET',
      `/api/workspaces/${team.workspaceId}/inbox`,
    );
    expect(inbox.body.items).toHaveLength(2);
    const mention = inbox.body.items.find((item) => item.mentioned)!;
    expect(mention.thread.comments[0]!.mentions).toEqual([parentUserId]);
    const reply = inbox.body.items.find((item) => item.thread.id === started.body.threadId)!;
    expect(reply.unread).toBe(1);

    await as('parent').request('POST', `${threadsPath()}/${started.body.threadId}/read`);
    const after = await as('parent').request<{ items: ThreadSummary[] }>('GET', `/api/workspaces/${team.workspaceId}/inbox`);
    expect(after.body.items.map((item) => item.thread.id)).toEqual([mention.thread.id]);
    // The teacher's own view is separate: their reply is not unread for them.
    const teacherView = await as('teacher').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    expect(teacherView.body.threads.find((t) => t.thread.id === started.body.threadId)!.unread).toBe(0);
  });

  it('resolves and reopens a thread, and refuses empty or oversized comments', async () => {
    const { body } = await as('teacher').request<{ threadId: string }>('POST', threadsPath(), { anchor: goalAnchor('g1'), body: 'Done?' });
    expect((await as('parent').request('POST', `${threadsPath()}/${body.threadId}/resolve`)).status).toBe(204);
    let listed = await as('teacher').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    expect(listed.body.threads[0]!.thread).toMatchObject({ resolved: true, resolvedBy: { name: 'parent' } });
    await as('teacher').request('POST', `${threadsPath()}/${body.threadId}/reopen`);
    listed = await as('teacher').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    expect(listed.body.threads[0]!.thread.resolved).toBe(false);
    expect((await as('teacher').request('POST', threadsPath(), { anchor: goalAnchor('g1'), body: '   ' })).status).toBe(400);
    expect((await as('teacher').request('POST', threadsPath(), { anchor: goalAnchor('g1'), body: 'x'.repeat(5001) })).status).toBe(400);
    expect((await as('teacher').request('POST', threadsPath(), { anchor: { kind: 'nonsense' }, body: 'hi' })).status).toBe(400);
  });

  it('stores a text anchor that keeps following its words', async () => {
    const writer = open('teacher', team.planDoc);
    await writer.synced;
    const fragment = writer.doc.getXmlFragment('parentInput');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText('She loves drawing with chalk outside.');
    paragraph.insert(0, [text]);
    fragment.insert(0, [paragraph]);
    const start = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 10));
    const end = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 36));
    const anchor: ThreadAnchor = { kind: 'text', ref: { doc: 'plan', section: 'parentInput' }, start, end, quote: 'drawing with chalk outside' };
    const created = await as('teacher').request('POST', threadsPath(), { anchor, body: 'Lovely: could chalk help at school?' });
    expect(created.status).toBe(201);

    text.insert(0, 'At home, ');
    const listed = await as('parent').request<{ threads: ThreadSummary[] }>('GET', threadsPath());
    const stored = listed.body.threads[0]!.thread.anchor;
    if (stored.kind !== 'text') throw new Error('anchor kind lost');
    const from = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(stored.start), writer.doc)!;
    const to = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(stored.end), writer.doc)!;
    expect(text.toString().slice(from.index, to.index)).toBe('drawing with chalk outside');
  });
});
