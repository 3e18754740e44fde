import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/**
 * A stock y-websocket provider sends back every presence change it receives, so a tab joining
 * a room where five people are already present echoes all five to the server at once. That is
 * not someone speaking for five people: the tab must stay connected and everyone must see
 * everyone. (Before, the sixth person of a team was disconnected as soon as it joined.)
 */

// The sixth to join is the teacher, who edits directly (parents suggest, so their typing would be refused as an edit).
const people = { manager: 'case_manager', therapist: 'school_therapist', clinician: 'clinical_therapist', mum: 'parent', dad: 'parent', teacher: 'teacher' } as const;

describe('presence in a full room', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];
  const closes: { name: string; code: number }[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { ...people });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    closes.splice(0);
    await server.close();
  });

  const join = (name: string): CollabClient => {
    const client = connectClient(server.wsUrl, team.planDoc, { name, params: { token: team.members[name]!.token } });
    client.provider.on('connection-close', (event: CloseEvent | null) => closes.push({ name, code: event?.code ?? 0 }));
    clients.push(client);
    return client;
  };

  it('keeps the sixth person connected, with everyone seeing everyone', async () => {
    const names = Object.keys(people);
    for (const name of names.slice(0, 5)) await join(name).synced;
    const [first] = clients;
    await eventually(() => expect(first!.provider.awareness.getStates().size).toBe(5));
    const sixth = join(names[5]!);
    await sixth.synced;
    await eventually(() => expect(sixth.provider.awareness.getStates().size).toBe(6));
    // Sent after the echo on the same socket: once it arrives, the server has handled the echo.
    sixth.text.insert(0, 'The teacher joined the meeting.');
    await eventually(() => expect(first!.text.toString()).toBe('The teacher joined the meeting.'));
    for (const client of clients) {
      const seen = [...client.provider.awareness.getStates().values()].map((state) => (state as { user?: { name?: string } }).user?.name).sort();
      expect(seen).toEqual([...names].sort());
    }
    expect(closes).toEqual([]);
  });
});
