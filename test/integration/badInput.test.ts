import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { CloseCodes } from '../../shared/closeCodes';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { openRawSocket } from '../helpers/rawSocket';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';
import { seedTeam } from '../helpers/seed';

const limit = 64 * 1024;

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * Each kind of bad input closes only the socket that sent it, with its own named code,
 * while two well-behaved clients in the same room keep editing together.
 */
describe('bad input on the collaboration socket', () => {
  let server: TestServer;
  let a: CollabClient;
  let b: CollabClient;
  let doc: string;
  let rawUrl: string;

  beforeEach(async () => {
    server = await startTestServer({ maxMessageBytes: limit });
    const team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', intruder: 'teacher' });
    doc = team.planDoc;
    rawUrl = `${server.wsUrl}/${doc}?token=${team.members.intruder!.token}`;
    a = connectClient(server.wsUrl, doc, { params: { token: team.members.manager!.token } });
    b = connectClient(server.wsUrl, doc, { params: { token: team.members.teacher!.token } });
    await Promise.all([a.synced, b.synced]);
  });
  afterEach(async () => {
    a.destroy();
    b.destroy();
    await server.close();
  });

  async function expectRoomStillSyncs(marker: string): Promise<void> {
    a.text.insert(a.text.length, `${marker} `);
    await eventually(() => expect(b.text.toString()).toContain(marker));
    b.text.insert(0, `reply-${marker} `);
    await eventually(() => expect(a.text.toString()).toContain(`reply-${marker}`));
  }

  const cases: { name: string; frame: () => Uint8Array | string; expected: { code: number } }[] = [
    { name: 'garbage bytes', frame: () => new Uint8Array([0x00, 0xff, 0xff, 0xff, 0xff, 0xff]), expected: CloseCodes.malformed },
    { name: 'a text frame', frame: () => 'hello', expected: CloseCodes.malformed },
    { name: 'an unknown message type', frame: () => new Uint8Array([42, 1, 2, 3]), expected: CloseCodes.unknownMessageType },
    {
      name: 'an update Yjs rejects',
      frame: () => syncMessage(2, new Uint8Array([5, 200, 1, 9, 9, 9, 9, 9, 9, 9])),
      expected: CloseCodes.updateRejected,
    },
    { name: 'an oversized frame', frame: () => new Uint8Array(limit + 1), expected: CloseCodes.tooLarge },
    { name: 'a frame beyond the hard ceiling', frame: () => new Uint8Array(limit * 3), expected: CloseCodes.frameTooBig },
  ];

  for (const { name, frame, expected } of cases) {
    it(`closes a socket sending ${name} with code ${expected.code}`, async () => {
      const raw = await openRawSocket(rawUrl);
      raw.ws.send(frame());
      const closed = await raw.closed;
      expect(closed.code).toBe(expected.code);
      await expectRoomStillSyncs(name.replace(/\W/g, '-'));
    });
  }

  it('logs each refusal with its code', async () => {
    const raw = await openRawSocket(rawUrl);
    raw.ws.send(new Uint8Array([42]));
    await raw.closed;
    await eventually(() =>
      expect(server.logs.some((line) => line.message === 'closing socket' && line.code === 4406)).toBe(true),
    );
  });

  it('drops the whole rejected update without corrupting the stored document', async () => {
    const raw = await openRawSocket(rawUrl);
    raw.ws.send(syncMessage(2, new Uint8Array([1, 1, 1, 1, 1, 1, 1, 1])));
    await raw.closed;
    await expectRoomStillSyncs('after-rejection');
    const late = connectClient(server.wsUrl, doc, { params: { token: (a.provider.params as Record<string, string>).token! } });
    await late.synced;
    await eventually(() => expect(late.text.toString()).toBe(a.text.toString()));
    late.destroy();
  });
});
