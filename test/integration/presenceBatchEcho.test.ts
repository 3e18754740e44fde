import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CloseCodes } from '../../shared/closeCodes';
import { encodeAwareness } from '../../server/collab/protocol';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { openRawSocket, type RawSocket } from '../helpers/rawSocket';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/** An awareness message with one `{}` state per client id, clock 1. */
function presence(clientIds: readonly number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clientIds.length);
  for (const clientId of clientIds) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '{}');
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

describe('a stock client in a busy room', () => {
  let server: TestServer;
  let team: SeededTeam;
  const sockets: RawSocket[] = [];
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer({ maxSocketsPerPerson: 100 });
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const socket of sockets.splice(0)) socket.ws.terminate();
    await server.close();
  });

  it('stays connected when it sends back a batch of other people’s presence', async () => {
    const open = async (member: string) => {
      const socket = await openRawSocket(`${server.wsUrl}/${team.planDoc}?token=${team.members[member]!.token}`);
      sockets.push(socket);
      return socket;
    };
    const others = await Promise.all(Array.from({ length: 6 }, () => open('teacher')));
    others.forEach((socket, i) => socket.ws.send(presence([1_000 + i])));
    const watcher = connectClient(server.wsUrl, team.planDoc, { params: { token: team.members.manager!.token } });
    clients.push(watcher);
    await watcher.synced;
    await eventually(() => expect(watcher.provider.awareness.getStates().size).toBe(7));

    // What y-websocket's provider sends when the room hands it six people's changes at once:
    // all six back (it repeats every change it receives). Their ids are the others', not new.
    // The same person's other tab repeats one change first, then the six (as tabs of one
    // person do: the ids stay known to the room, whichever tab last spoke for them).
    const echoing = await open('teacher');
    echoing.ws.send(presence([1_000]));
    echoing.ws.send(presence([1_000, 1_001, 1_002, 1_003, 1_004, 1_005]));
    echoing.ws.send(presence([77]));
    await eventually(() => expect(watcher.provider.awareness.getStates().has(77)).toBe(true));
    expect(echoing.ws.readyState).toBe(echoing.ws.OPEN);

    // A socket announcing five ids of its own is still refused.
    const greedy = await open('manager');
    greedy.ws.send(presence([5_001, 5_002, 5_003, 5_004, 5_005]));
    expect((await greedy.closed).code).toBe(CloseCodes.updateRejected.code);
  });
});
