import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { meetingDoc } from '../../shared/schema';
import { CloseCodes } from '../../shared/closeCodes';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** Every workspace route, with a body that would succeed for an allowed caller. */
const workspaceRoutes = (ws: string, userId: string): [string, string, unknown?][] => [
  ['GET', `/api/workspaces/${ws}`],
  ['PATCH', `/api/workspaces/${ws}/members/${userId}`, { role: 'observer' }],
  ['DELETE', `/api/workspaces/${ws}/members/${userId}`],
  ['GET', `/api/workspaces/${ws}/audit`],
  ['GET', `/api/workspaces/${ws}/invitations`],
  ['POST', `/api/workspaces/${ws}/invitations`, { email: 'x@example.org', role: 'teacher' }],
  ['DELETE', `/api/workspaces/${ws}/invitations/inv_x`],
  ['GET', `/api/workspaces/${ws}/consents`],
  ['POST', `/api/workspaces/${ws}/consents/con_x/revoke`],
  ['GET', `/api/workspaces/${ws}/meetings`],
  ['POST', `/api/workspaces/${ws}/meetings`, { kind: 'check_in', startsAt: '2026-12-01T15:00:00Z' }],
  ['PATCH', `/api/workspaces/${ws}/meetings/m_x`, { kind: 'check_in', startsAt: '2026-12-01T15:00:00Z' }],
  ['GET', `/api/workspaces/${ws}/plan`],
  ['GET', `/api/workspaces/${ws}/versions`],
  ['POST', `/api/workspaces/${ws}/versions`, { title: 'v1' }],
  ['PUT', `/api/workspaces/${ws}/versions/ver_x/signers`, { userIds: [] }],
  ['POST', `/api/workspaces/${ws}/versions/ver_x/signatures`, { decision: 'agree', versionHash: 'x' }],
  ['GET', `/api/workspaces/${ws}/versions/ver_x/plan`],
  ['GET', `/api/workspaces/${ws}/versions/ver_x/changes`],
  ['GET', `/api/workspaces/${ws}/threads`],
  ['POST', `/api/workspaces/${ws}/threads`, { anchor: { kind: 'item', ref: { doc: 'plan', section: 'goals' }, label: 'x' }, body: 'hi' }],
  ['GET', `/api/workspaces/${ws}/inbox`],
  ['GET', `/api/workspaces/${ws}/plan/export?format=pdf`],
  ['GET', `/api/workspaces/${ws}/versions/ver_x/export?format=pdf`],
  ['GET', `/api/workspaces/${ws}/meetings/m_x/export?format=pdf`],
];
const accountRoutes: [string, string, unknown?][] = [
  ['GET', '/api/auth/me'],
  ['GET', '/api/workspaces'],
  ['POST', '/api/workspaces', { studentName: 'Sam' }],
  ['GET', '/api/tokens'],
  ['POST', '/api/tokens', { name: 'script' }],
  ['DELETE', '/api/tokens/tok_x'],
  ['POST', '/api/invitations/inv_secret/accept'],
];

describe('access control', () => {
  let server: TestServer;
  let team: SeededTeam;
  let otherTeam: SeededTeam;
  const clients: CollabClient[] = [];
  const open = (member: { token: string }, doc = team.planDoc) => {
    const client = connectClient(server.wsUrl, doc, { params: { token: member.token } });
    clients.push(client);
    return client;
  };
  const closeCodeOf = (client: CollabClient) =>
    new Promise<number>((resolve) => client.provider.on('connection-close', (event) => resolve(event?.code ?? 0)));

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', observer: 'observer', parent: 'parent' });
    otherTeam = await seedTeam(server.services, { outsider: 'case_manager' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  it('refuses a stranger on every route with 401', async () => {
    const stranger = apiClient(server.url);
    for (const [method, path, body] of [...accountRoutes, ...workspaceRoutes(team.workspaceId, team.members.teacher!.userId)]) {
      const response = await stranger.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(401);
    }
  });

  it('refuses a member of another workspace on every workspace route with 403', async () => {
    const outsider = apiClient(server.url, { cookie: otherTeam.members.outsider!.cookie, origin: server.url });
    for (const [method, path, body] of workspaceRoutes(team.workspaceId, team.members.teacher!.userId)) {
      const response = await outsider.request(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect((await outsider.request<{ workspaces: unknown[] }>('GET', '/api/workspaces')).body.workspaces).toHaveLength(1);
  });

  it('refuses a stranger (401) and an outsider (403) on the socket', async () => {
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}?token=bp_pat_forged`)).toBe(401);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}?token=${otherTeam.members.outsider!.token}`)).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`, { cookie: otherTeam.members.outsider!.cookie, origin: server.url })).toBe(403);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}`, { cookie: team.members.teacher!.cookie, origin: server.url })).toBe(101);
  });

  it('keeps a teacher from managing the team', async () => {
    const teacher = apiClient(server.url, { cookie: team.members.teacher!.cookie, origin: server.url });
    const ws = team.workspaceId;
    expect((await teacher.request('PATCH', `/api/workspaces/${ws}/members/${team.members.parent!.userId}`, { role: 'observer' })).status).toBe(403);
    expect((await teacher.request('POST', `/api/workspaces/${ws}/invitations`, { email: 'x@example.org', role: 'teacher' })).status).toBe(403);
    expect((await teacher.request('GET', `/api/workspaces/${ws}/audit`)).status).toBe(403);
  });

  it('lets editors schedule meetings and keeps observers to reading them', async () => {
    const teacher = apiClient(server.url, { cookie: team.members.teacher!.cookie, origin: server.url });
    const observer = apiClient(server.url, { cookie: team.members.observer!.cookie });
    const body = { kind: 'joint_evaluation', startsAt: '2026-12-01T15:00:00Z' };
    expect((await observer.request('POST', `/api/workspaces/${team.workspaceId}/meetings`, body)).status).toBe(403);
    const created = await teacher.request<{ meeting: { docName: string; title: string } }>('POST', `/api/workspaces/${team.workspaceId}/meetings`, body);
    expect(created.status).toBe(201);
    expect(created.body.meeting.title).toBe('Joint evaluation session');
    const listed = await observer.request<{ meetings: unknown[] }>('GET', `/api/workspaces/${team.workspaceId}/meetings`);
    expect(listed.body.meetings).toHaveLength(1);
    // The meeting's own page opens with the kind and time it was scheduled with.
    const content = await observer.request<{ content: { kind: string; startsAt: string } }>('GET', `/api/workspaces/${team.workspaceId}/meetings/${created.body.meeting.docName.split('/')[2]}`);
    expect(content.body.content).toMatchObject({ kind: 'joint_evaluation', startsAt: '2026-12-01T15:00:00.000Z' });
    // Moving the meeting moves it in the list and on its open page; an observer may not move it.
    const meetingPath = `/api/workspaces/${team.workspaceId}/meetings/${created.body.meeting.docName.split('/')[2]}`;
    const page = open(team.members.teacher!, created.body.meeting.docName);
    await page.synced;
    expect((await observer.request('PATCH', meetingPath, { startsAt: '2026-12-09T15:00:00.000Z' })).status).toBe(403);
    expect((await teacher.request('PATCH', meetingPath, { startsAt: '2026-12-08T15:00:00.000Z' })).status).toBe(200);
    const again = await observer.request<{ meetings: { startsAt: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/meetings`);
    expect(again.body.meetings[0]!.startsAt).toBe('2026-12-08T15:00:00.000Z');
    await eventually(() => expect(meetingDoc(page.doc).meta.get().startsAt).toBe('2026-12-08T15:00:00.000Z'));
    expect(await upgradeStatus(`${server.wsUrl}/${created.body.meeting.docName}?token=${team.members.observer!.token}`)).toBe(101);
    expect(await upgradeStatus(`${server.wsUrl}/${team.workspaceId}/meeting/m_unknown?token=${team.members.teacher!.token}`)).toBe(404);
    const bad = await teacher.request('POST', `/api/workspaces/${team.workspaceId}/meetings`, { kind: 'party', startsAt: 'soon' });
    expect(bad.status).toBe(400);
  });

  it('applies none of an observer’s edits while showing their presence', async () => {
    const manager = open(team.members.manager!);
    await manager.synced;
    manager.text.insert(0, 'Goal: writes first name.');
    const observer = open(team.members.observer!);
    observer.provider.awareness.setLocalStateField('user', { name: 'observer' });
    await observer.synced;
    await eventually(() => expect(observer.text.toString()).toBe('Goal: writes first name.'));
    await eventually(() => expect(manager.provider.awareness.getStates().has(observer.doc.clientID)).toBe(true));

    observer.text.insert(0, 'VANDALISED ');
    observer.doc.getMap('goal').set('target', 'changed by observer');
    observer.provider.disconnect();
    manager.provider.disconnect();
    await eventually(() => expect(server.registry.openRoomCount).toBe(0));

    const check = open(team.members.teacher!);
    await check.synced;
    expect(check.text.toString()).toBe('Goal: writes first name.');
    expect(check.doc.getMap('goal').get('target')).toBeUndefined();
  });

  it('closes the sockets of a removed member at once', async () => {
    const teacher = open(team.members.teacher!);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    expect((await manager.request('DELETE', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`)).status).toBe(204);
    expect(await closed).toBe(CloseCodes.forbidden.code);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`)).toBe(403);
  });

  it('reconnects a demoted member read-only', async () => {
    const teacher = open(team.members.teacher!);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    await manager.request('PATCH', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`, { role: 'observer' });
    expect(await closed).toBe(CloseCodes.accessChanged.code);
    await eventually(() => expect(teacher.provider.wsconnected).toBe(true), 15_000);
    teacher.text.insert(0, 'after demotion');
    const check = open(team.members.manager!);
    await check.synced;
    // The demoted member's edit never reaches the shared document.
    await eventually(() => expect(teacher.provider.synced).toBe(true));
    expect(check.text.toString()).toBe('');
  });

  it('closes sockets opened with a token when it is revoked', async () => {
    const teacher = open(team.members.teacher!);
    await teacher.synced;
    const closed = closeCodeOf(teacher);
    const api = apiClient(server.url, { cookie: team.members.teacher!.cookie, origin: server.url });
    const tokens = await api.request<{ tokens: { id: string }[] }>('GET', '/api/tokens');
    expect((await api.request('DELETE', `/api/tokens/${tokens.body.tokens[0]!.id}`)).status).toBe(204);
    expect(await closed).toBe(CloseCodes.sessionExpired.code);
    expect(await upgradeStatus(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`)).toBe(401);
  });

  it('closes a socket when its session expires', async () => {
    const short = await startTestServer({ sessionTtlMs: 1_500 });
    try {
      const quick = await seedTeam(short.services);
      const doc = new Y.Doc();
      const { WebsocketProvider } = await import('y-websocket');
      const { default: WebSocket } = await import('ws');
      class CookieSocket extends WebSocket {
        constructor(url: string) {
          super(url, { headers: { cookie: quick.members.manager!.cookie, origin: short.url } });
        }
      }
      const provider = new WebsocketProvider(short.wsUrl, quick.planDoc, doc, {
        WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      });
      const code = await new Promise<number>((resolve) => provider.on('connection-close', (event) => resolve(event?.code ?? 0)));
      provider.destroy();
      expect(code).toBe(CloseCodes.sessionExpired.code);
    } finally {
      await short.close();
    }
  });

  it('records who opened which document in the audit log, readable by the case manager', async () => {
    const teacher = open(team.members.teacher!);
    await teacher.synced;
    const manager = apiClient(server.url, { cookie: team.members.manager!.cookie });
    const audit = await manager.request<{ events: { action: string; actorName: string; subject: string }[] }>(
      'GET',
      `/api/workspaces/${team.workspaceId}/audit`,
    );
    expect(audit.body.events).toContainEqual(expect.objectContaining({ action: 'document.opened', actorName: 'teacher', subject: team.planDoc }));
  });
});
