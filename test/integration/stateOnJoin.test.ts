import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { decodeMessage, encodeSyncStep1, type InboundMessage } from '../../server/collab/protocol';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { upgradeStatus } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/**
 * A page opening its document on a slow link waited a round trip for it: the server answered
 * the browser's first message with the document. A client that joins with nothing says so
 * (`?fresh=1`) and is sent the document with the room's greeting; its own request is then
 * answered with only what it still lacks, so the document does not cross the link twice.
 */

interface Listener {
  readonly ws: WebSocket;
  readonly received: InboundMessage[];
}

/** A bare socket that records every protocol message the server sends it, and sends nothing on its own. */
async function listen(url: string): Promise<Listener> {
  const ws = new WebSocket(url);
  const received: InboundMessage[] = [];
  ws.on('message', (data: Buffer) => {
    const decoded = decodeMessage(new Uint8Array(data));
    if (decoded.ok) received.push(decoded.message);
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, received };
}

const stepTwos = (listener: Listener) => listener.received.filter((message) => message.kind === 'syncStep2' || message.kind === 'update');

function apply(doc: Y.Doc, messages: InboundMessage[]): void {
  for (const message of messages) if (message.kind === 'syncStep2' || message.kind === 'update') Y.applyUpdate(doc, message.update);
}

describe('a fresh client is sent its document as it joins', () => {
  let server: TestServer;
  let team: SeededTeam;
  let writer: CollabClient;
  const paragraph = 'Maya will read a short passage aloud and answer three questions about it. '.repeat(40);

  beforeAll(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    writer = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    await writer.synced;
    writer.text.insert(0, paragraph);
  });
  afterAll(async () => {
    writer.destroy();
    await server.close();
  });

  const url = (token: string, fresh: boolean) => `${server.wsUrl}/${team.planDoc}?token=${token}${fresh ? '&fresh=1' : ''}`;

  it('sends the whole document before the client asks for anything', async () => {
    const listener = await listen(url(team.members.teacher!.token, true));
    await eventually(() => expect(stepTwos(listener)).toHaveLength(1));
    const doc = new Y.Doc();
    apply(doc, listener.received);
    expect(doc.getText('text').toString()).toBe(paragraph);
    listener.ws.close();
  });

  it('answers the client’s own request with only what it lacks, and misses nothing written meanwhile', async () => {
    const listener = await listen(url(team.members.parent!.token, true));
    await eventually(() => expect(stepTwos(listener)).toHaveLength(1));
    const [greeting] = stepTwos(listener);
    // Written after the greeting was made: it reaches the client as a broadcast.
    writer.text.insert(0, 'Update: ');
    // What a provider sends on opening, whatever has arrived by then: its (empty) state.
    listener.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await eventually(() => expect(stepTwos(listener).length).toBeGreaterThanOrEqual(3));
    const answer = listener.received.filter((message) => message.kind === 'syncStep2')[1]!;
    expect(greeting?.kind === 'syncStep2' && greeting.update.byteLength).toBeGreaterThan(paragraph.length / 4);
    // Not the document again: at most the few words written since, and the deletions.
    expect(answer.kind === 'syncStep2' && answer.update.byteLength).toBeLessThan(100);
    const doc = new Y.Doc();
    apply(doc, listener.received);
    expect(doc.getText('text').toString()).toBe(writer.text.toString());
    listener.ws.close();
  });

  it('sends nothing unasked to a client that did not say it is fresh: it asks, and gets the document once', async () => {
    const listener = await listen(url(team.members.teacher!.token, false));
    // The room's greeting: its own state vector, and the people present.
    await eventually(() => expect(listener.received.some((message) => message.kind === 'syncStep1')).toBe(true));
    listener.ws.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())));
    await eventually(() => expect(stepTwos(listener)).toHaveLength(1));
    // Asked again with what it now holds: answered behind the first answer, and behind the
    // document, had the room sent it on joining.
    const doc = new Y.Doc();
    apply(doc, listener.received);
    listener.ws.send(encodeSyncStep1(Y.encodeStateVector(doc)));
    await eventually(() => expect(stepTwos(listener).length).toBeGreaterThanOrEqual(2));
    const [first, second] = stepTwos(listener);
    expect(stepTwos(listener)).toHaveLength(2);
    expect(first?.kind === 'syncStep2' && first.update.byteLength).toBeGreaterThan(paragraph.length / 4);
    expect(second?.kind === 'syncStep2' && second.update.byteLength).toBeLessThan(100);
    listener.ws.close();
  });

  it('converges a stock provider that joins fresh', async () => {
    const reader = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.teacher!.token, fresh: '1' } });
    await reader.synced;
    await eventually(() => expect(reader.text.toString()).toBe(writer.text.toString()));
    reader.text.insert(0, 'Seen. ');
    await eventually(() => expect(writer.text.toString()).toBe(reader.text.toString()));
    reader.destroy();
  });

  it('opens no door: a person outside the team is refused with or without the flag', async () => {
    const outsider = await seedTeam(server.services, { stranger: 'case_manager' });
    expect(await upgradeStatus(url(outsider.members.stranger!.token, true))).toBe(403);
    expect(await upgradeStatus(url(outsider.members.stranger!.token, false))).toBe(403);
  });
});
