import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { startTestServer, type TestServer } from '../helpers/testServer';
import { readTrace, replayConcurrentTrace, type ConcurrentTrace } from '../helpers/traces';
import { eventually } from '../helpers/waitFor';
import { seedTeam } from '../helpers/seed';

describe('real editing trace', () => {
  let server: TestServer | null = null;
  const clients: CollabClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server?.close();
  });

  it('replays friendsforever (two people typing at once) to the recorded end text', async () => {
    const trace = readTrace<ConcurrentTrace>('friendsforever.json.gz');
    // The whole editing session is fed in at once: far faster than anyone types.
    server = await startTestServer({ compactAfterUpdates: 500, updatesPerSecond: 100_000, updateBurst: 1_000_000 });
    const team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher' });
    const open = (name: 'manager' | 'teacher') =>
      connectClient(server!.wsUrl, team.planDoc, { params: { token: team.members[name]!.token } });
    const people = [open('manager'), open('teacher')];
    clients.push(...people);
    await Promise.all(people.map((p) => p.synced));

    // Each person's edits are fed to their own client as they were typed; the server merges
    // the two streams, so neither client ever receives the other's edits except through it.
    let typed = 0;
    replayConcurrentTrace(trace, (agent, update, isOwnEdit) => {
      Y.applyUpdate(people[agent]!.doc, update, 'typed');
      if (isOwnEdit) typed += 1;
    });
    expect(typed).toBe(trace.txns.length);

    await eventually(() => {
      expect(people[0]!.text.toString()).toBe(trace.endContent);
      expect(people[1]!.text.toString()).toBe(trace.endContent);
    }, 30_000);

    for (const p of people) p.provider.disconnect();
    await eventually(() => expect(server!.registry.openRoomCount).toBe(0));
    const fresh = open('teacher');
    clients.push(fresh);
    await fresh.synced;
    expect(fresh.text.toString()).toBe(trace.endContent);
  });
});
