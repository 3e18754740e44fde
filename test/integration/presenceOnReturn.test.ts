import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showPresenceOnReturn } from '../../client/collab/presenceOnReturn';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

/**
 * After a network drop, the page must show who is here as soon as it is back, from the
 * server's list, not at each colleague's next presence renewal (every 15 seconds).
 */
describe('who is here, after the connection comes back', () => {
  let server: TestServer;
  let team: SeededTeam;
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await server.close();
  });

  const join = async (name: string) => {
    const client = connectClient(server.wsUrl, team.planDoc, { name, params: { token: team.members[name]!.token } });
    clients.push(client);
    await client.synced;
    return client;
  };
  const othersSeenBy = (client: CollabClient) =>
    [...client.provider.awareness.getStates()].filter(([id]) => id !== client.doc.clientID).map(([, state]) => (state as { user?: { name?: string } }).user?.name);

  it('shows a colleague again from the server’s list as soon as the page reconnects', async () => {
    const page = await join('manager');
    showPresenceOnReturn(page.provider);
    const colleague = await join('teacher');
    // The colleague's page never renews its presence in this test: only the server's list can show them.
    clearInterval((colleague.provider.awareness as unknown as { _checkInterval: ReturnType<typeof setInterval> })._checkInterval);
    await eventually(() => expect(othersSeenBy(page)).toEqual(['teacher']));

    page.provider.disconnect();
    expect(othersSeenBy(page)).toEqual([]);
    page.provider.connect();
    await eventually(() => expect(othersSeenBy(page)).toEqual(['teacher']));
  });
});
