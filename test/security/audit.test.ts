import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEventView, AuditPage, AuditVerification } from '../../shared/api';
import { apiClient, type ApiClient } from '../helpers/apiClient';
import { watchHealth } from '../helpers/healthWatch';
import { seedTeam, type SeededTeam } from '../helpers/seed';
import { dropAuditTrigger, openServerDatabase, type OpenedServerDatabase } from '../helpers/serverDatabase';
import { seedCompletePlan } from '../helpers/completePlan';
import { startTestServer, type TestServer } from '../helpers/testServer';

describe('the audit log is complete and tamper-evident', () => {
  let server: TestServer;
  let team: SeededTeam;
  let outsiders: SeededTeam;
  const opened: OpenedServerDatabase[] = [];

  beforeEach(async () => {
    server = await startTestServer();
    team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    outsiders = await seedTeam(server.services, { stranger: 'case_manager' });
    // Proposing a version needs a plan complete enough to agree on.
    await seedCompletePlan(server, team, 'manager', 'case_manager');
  });
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    await server.close();
  });

  const as = (name: string): ApiClient => apiClient(server.url, { cookie: (team.members[name] ?? outsiders.members[name])!.cookie });
  const auditPath = (query = '') => `/api/workspaces/${team.workspaceId}/audit${query}`;
  const verify = async () => (await as('manager').request<{ verification: AuditVerification }>('GET', auditPath('/verification'))).body.verification;
  const allEvents = async (): Promise<AuditEventView[]> => (await as('manager').request<AuditPage>('GET', auditPath('?limit=500'))).body.events.slice();
  /** The database as an attacker with direct access to it (the file, or the PostgreSQL schema) would open it. */
  const openDirectly = async () => {
    const database = await openServerDatabase(server.dataDir);
    opened.push(database);
    return database;
  };
  /** Several events in the team's chain: reads, a proposed version, a role change. */
  const makeHistory = async () => {
    await as('teacher').request('GET', `/api/workspaces/${team.workspaceId}`);
    await as('parent').request('GET', `/api/workspaces/${team.workspaceId}/plan`);
    await as('manager').request('POST', `/api/workspaces/${team.workspaceId}/versions`, { title: 'Fall plan' });
    await as('manager').request('PATCH', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`, { role: 'observer' });
    await as('manager').request('PATCH', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`, { role: 'teacher' });
  };

  it('refuses the log and its verification to strangers, other members and the signed-out', async () => {
    for (const route of [auditPath(), auditPath('/verification')]) {
      expect((await as('stranger').request('GET', route)).status).toBe(403);
      expect((await as('teacher').request('GET', route)).status).toBe(403);
      expect((await as('parent').request('GET', route)).status).toBe(403);
      expect((await apiClient(server.url).request('GET', route)).status).toBe(401);
      expect((await as('manager').request('GET', route)).status).toBe(200);
    }
  });

  it('refuses UPDATE and DELETE of an audit row in the database itself', async () => {
    await makeHistory();
    const { db } = await openDirectly();
    await expect(db.updateTable('audit_events').set({ action: 'nothing' }).where('workspace_id', '=', team.workspaceId).execute()).rejects.toThrow(/append-only/);
    await expect(db.deleteFrom('audit_events').where('workspace_id', '=', team.workspaceId).execute()).rejects.toThrow(/append-only/);
    expect((await verify()).ok).toBe(true);
  });

  it('reports the first broken link when an attacker drops the trigger and deletes a row', async () => {
    await makeHistory();
    const before = await verify();
    expect(before).toMatchObject({ ok: true, firstBroken: null });
    const events = (await allEvents()).reverse();
    expect(before.checked).toBe(events.length);
    const victim = events[2]!;

    const health = watchHealth(server);
    const database = await openDirectly();
    await dropAuditTrigger(database, 'delete');
    await database.db.deleteFrom('audit_events').where('id', '=', victim.id).execute();
    const after = await verify();
    expect((await health.stop()).slowestMs).toBeLessThan(500);

    expect(after.ok).toBe(false);
    expect(after.checked).toBe(2);
    expect(after.firstBroken).toMatchObject({ id: events[3]!.id, problem: expect.stringMatching(/missing or was changed/) });
  });

  it('reports an edited row, and newest rows deleted together with nothing after them', async () => {
    await makeHistory();
    const events = (await allEvents()).reverse();
    const edited = events.find((event) => event.actorId === team.members.parent!.userId)!;
    const database = await openDirectly();
    const setActor = (actorId: string) => database.db.updateTable('audit_events').set({ actor_id: actorId }).where('id', '=', edited.id).execute();
    await dropAuditTrigger(database, 'update');
    // Make the parent's read of the plan look like the manager's.
    await setActor(team.members.manager!.userId);
    expect((await verify()).firstBroken).toMatchObject({ id: edited.id, problem: expect.stringMatching(/changed/) });

    await setActor(edited.actorId!);
    expect((await verify()).ok).toBe(true);
    await dropAuditTrigger(database, 'delete');
    await database.db.deleteFrom('audit_events').where('id', '>=', events.at(-2)!.id).where('workspace_id', '=', team.workspaceId).execute();
    expect((await verify()).firstBroken).toMatchObject({ id: events.at(-3)!.id, problem: expect.stringMatching(/after #\d+ are missing/) });
  });

  it('records every read of the child’s record with who read it, once per short window', async () => {
    const ws = `/api/workspaces/${team.workspaceId}`;
    const version = (await as('manager').request<{ version: { id: string } }>('POST', `${ws}/versions`, { title: 'Fall plan' })).body.version;
    const reads: [string, string][] = [
      [`${ws}`, 'workspace.viewed'],
      [`${ws}/plan`, 'document.opened'],
      [`${ws}/versions`, 'versions.listed'],
      [`${ws}/versions/${version.id}/plan`, 'version.read'],
      [`${ws}/versions/${version.id}/changes`, 'version.compared'],
      [`${ws}/threads`, 'comments.read'],
      [`${ws}/inbox`, 'inbox.read'],
    ];
    for (let round = 0; round < 3; round += 1) {
      for (const [route] of reads) expect((await as('parent').request('GET', route)).status).toBe(200);
    }
    const byParent = (await allEvents()).filter((event) => event.actorId === team.members.parent!.userId);
    for (const [, action] of reads) expect(byParent.filter((event) => event.action === action), action).toHaveLength(1);
    expect(byParent.every((event) => event.actorName === 'parent')).toBe(true);
  });

  it('pages through the log with a cursor and filters by person, action and date', async () => {
    for (let i = 0; i < 7; i += 1) {
      await as('manager').request('PATCH', `/api/workspaces/${team.workspaceId}/members/${team.members.teacher!.userId}`, { role: i % 2 === 0 ? 'observer' : 'teacher' });
    }
    await as('parent').request('GET', `/api/workspaces/${team.workspaceId}`);
    const everything = await allEvents();

    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: AuditPage = (await as('manager').request<AuditPage>('GET', auditPath(`?limit=3&cursor=${cursor}`))).body;
      expect(page.events.length).toBeLessThanOrEqual(3);
      seen.push(...page.events.map((event) => event.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(everything.map((event) => event.id));

    const byParent = (await as('manager').request<AuditPage>('GET', auditPath(`?actor=${team.members.parent!.userId}`))).body.events;
    expect(byParent.map((event) => event.action)).toEqual(['workspace.viewed']);
    const roleChanges = (await as('manager').request<AuditPage>('GET', auditPath('?action=member.role_changed'))).body.events;
    expect(roleChanges).toHaveLength(7);
    const today = new Date().toISOString().slice(0, 10);
    expect((await as('manager').request<AuditPage>('GET', auditPath(`?from=${today}&to=${today}`))).body.events).toHaveLength(everything.length);
    expect((await as('manager').request<AuditPage>('GET', auditPath('?to=2000-01-01'))).body.events).toHaveLength(0);
    for (const bad of ['?from=yesterday', '?limit=0', '?limit=100000', '?cursor=abc', '?from=2030-01-02&to=2030-01-01']) {
      const refused = await as('manager').request<{ error: { id: string } }>('GET', auditPath(bad));
      expect({ bad, status: refused.status }).toEqual({ bad, status: 400 });
    }
  });
});
