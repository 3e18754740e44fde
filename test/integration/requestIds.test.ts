import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opens a socket and hands back the id its upgrade was answered with, and the socket. */
function openSocket(url: string, headers: Record<string, string> = {}): Promise<{ ws: WebSocket; requestId: string; closed: Promise<number> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    const closed = new Promise<number>((done) => ws.once('close', (code) => done(code)));
    let requestId = '';
    ws.once('upgrade', (response) => {
      requestId = String(response.headers['x-request-id'] ?? '');
    });
    ws.once('open', () => resolve({ ws, requestId, closed }));
    ws.once('error', reject);
  });
}

const signIn = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json', origin: server.url, ...headers }, body: JSON.stringify(body) });

describe('request ids', () => {
  let server: TestServer;
  let team: SeededTeam;

  beforeAll(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('gives every REST request its own id, returned as X-Request-Id and on every line it logs', async () => {
    const first = await signIn(server, { email: team.members.manager!.email, password: 'not it' });
    const second = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'chosen-by-the-client' } });
    const id = first.headers.get('x-request-id')!;
    expect(id).toMatch(uuid);
    // A client is no trusted proxy: the id it offers is not taken.
    expect(second.headers.get('x-request-id')).toMatch(uuid);
    expect(second.headers.get('x-request-id')).not.toBe(id);
    const lines = server.logs.filter((line) => line.message === 'password checked');
    expect(lines.at(-1)!.requestId).toBe(id);
  });

  it('logs a socket’s whole life under the id its upgrade was answered with', async () => {
    const { ws, requestId, closed } = await openSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
    expect(requestId).toMatch(uuid);
    // A text frame is no protocol message: the server closes the socket and says why.
    ws.send('hello?');
    await closed;
    await eventually(() => expect(server.logs.some((line) => line.message === 'closing socket' && line.requestId === requestId)).toBe(true));
    const socketLines = server.logs.filter((line) => line.requestId === requestId);
    expect(socketLines.map((line) => line.message)).toEqual(expect.arrayContaining(['socket joined', 'closing socket']));
    const peers = new Set(socketLines.map((line) => line.peer).filter(Boolean));
    expect(peers.size).toBe(1);
    // Every line about that socket carries the id, none without it.
    expect(server.logs.filter((line) => line.peer === [...peers][0] && line.requestId !== requestId)).toEqual([]);
  });

  it('names the socket’s request id on what the room logs about it, not only on what the socket logs', async () => {
    const { ws, requestId, closed } = await openSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`);
    // A sync update whose bytes are no Yjs update: the room refuses it and closes the socket.
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 2);
    encoding.writeVarUint8Array(encoder, new Uint8Array([200, 1, 2, 3, 4, 5, 6, 7]));
    ws.send(encoding.toUint8Array(encoder));
    await closed;
    await eventually(() => expect(server.logs.some((line) => line.message === 'update refused' && line.requestId === requestId)).toBe(true));
    const peer = server.logs.find((line) => line.message === 'update refused' && line.requestId === requestId)!.peer;
    expect(server.logs.filter((line) => line.peer === peer && line.requestId !== requestId)).toEqual([]);
  });

  it('answers a refused upgrade with its request id too', async () => {
    const refused = await new Promise<{ status: number; id: string }>((resolve) => {
      const ws = new WebSocket(`${server.wsUrl}/${team.planDoc}`);
      ws.on('error', () => undefined);
      ws.once('unexpected-response', (_request, response) => {
        resolve({ status: response.statusCode ?? 0, id: String(response.headers['x-request-id'] ?? '') });
        ws.terminate();
      });
    });
    expect(refused.status).toBe(401);
    expect(refused.id).toMatch(uuid);
  });

});

describe('a forged X-Forwarded-For, without TRUST_PROXY', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('cannot be dodged by a forged X-Forwarded-For: every guess counts against the real address', async () => {
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        signIn(server, { email: `nobody${i}@example.org`, password: 'a guess at it' }, { 'x-forwarded-for': `203.0.113.${i + 1}` }).then((response) => response.status),
      ),
    );
    // The address rule's 10 free attempts, whatever the header said.
    expect(answers.filter((status) => status === 401)).toHaveLength(10);
    expect(answers.filter((status) => status === 429)).toHaveLength(6);
  });
});

describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  let server: TestServer;
  let team: SeededTeam;

  beforeAll(async () => {
    server = await startTestServer({ trustProxy: { hops: 1 } });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterAll(async () => {
    await server.close();
  });

  it('takes the proxy’s request id for REST and sockets, so its log and ours join up', async () => {
    const rest = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'haproxy-7f3a' } });
    expect(rest.headers.get('x-request-id')).toBe('haproxy-7f3a');
    // Something unfit for a log line or a header is replaced, not passed on.
    const odd = await fetch(`${server.url}/healthz`, { headers: { 'x-request-id': 'two words' } });
    expect(odd.headers.get('x-request-id')).toMatch(uuid);

    const { ws, requestId } = await openSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members.teacher!.token}`, { 'x-request-id': 'haproxy-socket-1' });
    expect(requestId).toBe('haproxy-socket-1');
    ws.close();
    await eventually(() => expect(server.logs.some((line) => line.message === 'socket joined' && line.requestId === 'haproxy-socket-1')).toBe(true));
  });

  it('counts each client the proxy names under its own address', async () => {
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        signIn(server, { email: `someone${i}@example.org`, password: 'a guess at it' }, { 'x-forwarded-for': `198.51.100.${i + 1}` }).then((response) => response.status),
      ),
    );
    expect(answers.filter((status) => status === 401)).toHaveLength(16);
  });
});
