import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditVerification } from '../../shared/api';
import { databaseFileName } from '../../server/store/sqlite/openDatabase';
import { apiClient } from '../helpers/apiClient';
import { seedCompletePlan } from '../helpers/completePlan';
import { seedTeam } from '../helpers/seed';
import { startTestServer, type TestServer } from '../helpers/testServer';

/**
 * Data folders from before the audit chain are SQLite files (PostgreSQL came after the chain,
 * and its rows are chained from the first), so this upgrade is checked on SQLite alone.
 */
describe('the audit chain on a data folder from before it existed', () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
  });

  it('chains rows written before the chain existed, once, at start', async () => {
    server = await startTestServer();
    const team = await seedTeam(server.services, { manager: 'case_manager', teacher: 'teacher', parent: 'parent' });
    await seedCompletePlan(server, team, 'manager', 'case_manager');
    const as = (name: string) => apiClient(server.url, { cookie: team.members[name]!.cookie });
    const ws = `/api/workspaces/${team.workspaceId}`;
    await as('teacher').request('GET', ws);
    await as('parent').request('GET', `${ws}/plan`);
    await as('manager').request('POST', `${ws}/versions`, { title: 'Fall plan' });
    await as('manager').request('PATCH', `${ws}/members/${team.members.teacher!.userId}`, { role: 'observer' });

    // What a data folder from before the chain looks like: rows without hashes, no heads.
    const file = new Database(path.join(server.dataDir, databaseFileName));
    try {
      file.exec('DROP TRIGGER audit_events_no_update; UPDATE audit_events SET prev_hash = NULL, hash = NULL; DELETE FROM audit_chain_heads;');
    } finally {
      file.close();
    }
    await server.close();
    server = await startTestServer({ dataDir: server.dataDir });
    const verification = (await as('manager').request<{ verification: AuditVerification }>('GET', `${ws}/audit/verification`)).body.verification;
    expect(verification).toMatchObject({ ok: true, firstBroken: null });
    expect(verification.checked).toBeGreaterThan(4);
  });
});
