import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { AuditVerification, VersionView } from '../../shared/api';
import { planDoc } from '../../shared/schema';
import { createLogger } from '../../server/logger';
import { isSealed, parseDataKey, sealedKeyId, type DataKey } from '../../server/store/BlobCipher';
import { copiedTables, documentTables } from '../../server/store/copy/copiedTables';
import { copyToPostgres } from '../../server/store/copy/copyToPostgres';
import { formatCopyReport } from '../../server/store/copy/formatCopyReport';
import { openPostgres } from '../../server/store/postgres/openPostgres';
import { databaseFileName } from '../../server/store/sqlite/openDatabase';
import { projectRoot } from '../../server/projectRoot';
import { apiClient } from '../helpers/apiClient';
import { connectClient, type CollabClient } from '../helpers/collabClient';
import { describeWithService, freshSchema, postgresReachable, testDatabaseUrl } from '../helpers/externalServices';
import { populateInstallation } from '../helpers/installation';
import { testPassword } from '../helpers/seed';
import { makeTempDir, startTestServer, type TestServer } from '../helpers/testServer';
import { eventually } from '../helpers/waitFor';

const postgresUp = await postgresReachable();
const silent = createLogger('silent');

describeWithService('PostgreSQL', postgresUp, 'copying an installation into PostgreSQL', () => {
  let schema: { schema: string; drop: () => Promise<void> };
  let target: string;
  const servers: TestServer[] = [];
  const clients: CollabClient[] = [];

  beforeEach(async () => {
    schema = await freshSchema();
    target = `${testDatabaseUrl}?schema=${schema.schema}`;
  });
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    for (const server of servers.splice(0)) await server.close();
    await schema.drop();
  });

  /** The embedded server the school started with: SQLite in its data folder. */
  const startEmbedded = async (dataKey: DataKey | null = null) => {
    const server = await startTestServer({ dataDir: makeTempDir(), databaseUrl: null, dataKey });
    servers.push(server);
    return server;
  };
  const startOnTarget = async (dataKey: DataKey | null = null, dataKeyPrevious: DataKey | null = null) => {
    const server = await startTestServer({ dataDir: makeTempDir(), databaseUrl: target, dataKey, dataKeyPrevious });
    servers.push(server);
    return server;
  };
  const stop = async (server: TestServer) => {
    servers.splice(servers.indexOf(server), 1);
    await server.close();
  };
  const copy = (from: string, dataKey: DataKey | null = null, dataKeyPrevious: DataKey | null = null) =>
    copyToPostgres({ from, to: target, dataKey, dataKeyPrevious, logger: silent });

  /** Rows in every table of the target, so "left unchanged" and "left empty" can be compared. */
  const targetCounts = async (): Promise<Record<string, number>> => {
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      const counts: Record<string, number> = {};
      const tables = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1', [schema.schema]);
      // A copy refused before it reached PostgreSQL leaves no tables at all.
      if (tables.rowCount === 0) return counts;
      for (const table of [...copiedTables, ...documentTables]) {
        const result = await client.query<{ count: string }>(`SELECT count(*) AS count FROM ${schema.schema}.${table}`);
        counts[table] = Number(result.rows[0]!.count);
      }
      return counts;
    } finally {
      await client.end();
    }
  };
  /** Every document snapshot and update on the target, as stored. */
  const targetBlobs = async (): Promise<Buffer[]> => {
    const client = new pg.Client({ connectionString: testDatabaseUrl, options: `-c search_path=${schema.schema}` });
    await client.connect();
    try {
      const { rows } = await client.query<{ data: Buffer }>('SELECT snapshot AS data FROM documents WHERE snapshot IS NOT NULL UNION ALL SELECT data FROM document_updates');
      return rows.map((row) => row.data);
    } finally {
      await client.end();
    }
  };
  const openPlan = async (server: TestServer, token: string, docName: string) => {
    const reader = connectClient(server.wsUrl, docName, { params: { token } });
    clients.push(reader);
    await reader.synced;
    return reader;
  };

  it('moves a school in use, and the cluster deployment serves it as the embedded one did', async () => {
    const embedded = await startEmbedded();
    const { team, plan, versionId, editor } = await populateInstallation(embedded);
    const manager = apiClient(embedded.url, { cookie: team.members.manager!.cookie });
    const auditBefore = (await manager.request<{ verification: AuditVerification }>('GET', `/api/workspaces/${team.workspaceId}/audit/verification`)).body.verification;
    expect(auditBefore.ok).toBe(true);
    editor.destroy();
    // The documented move: stop the server, then copy its data folder.
    await stop(embedded);

    const report = await copy(embedded.dataDir);
    expect(report.tables.find((table) => table.table === 'signatures')!.rows).toBe(3);
    expect(report.tables.find((table) => table.table === 'consents')!.rows).toBe(1);
    expect(report.tables.find((table) => table.table === 'invitations')!.rows).toBe(2);
    expect(report.documents.documents).toBeGreaterThanOrEqual(2);

    const cluster = await startOnTarget();
    const reader = await openPlan(cluster, team.members.parent!.token, team.planDoc);
    expect(planDoc(reader.doc).snapshot()).toEqual(plan);

    const signIn = await apiClient(cluster.url).request('POST', '/api/auth/signin', { email: team.members.teacher!.email, password: testPassword });
    expect(signIn.status).toBe(200);
    const clinician = apiClient(cluster.url);
    expect((await clinician.request('POST', '/api/auth/signin', { email: 'ot@clinic.example.org', password: testPassword })).status).toBe(200);
    const workspace = await clinician.request<{ workspace: { members: { email: string; role: string }[] } }>('GET', `/api/workspaces/${team.workspaceId}`);
    expect(workspace.body.workspace.members).toContainEqual(expect.objectContaining({ email: 'ot@clinic.example.org', role: 'clinical_therapist' }));

    const movedManager = apiClient(cluster.url, { cookie: team.members.manager!.cookie });
    const versions = await movedManager.request<{ versions: VersionView[] }>('GET', `/api/workspaces/${team.workspaceId}/versions`);
    const version = versions.body.versions.find((candidate) => candidate.id === versionId);
    expect(version).toMatchObject({ status: 'agreed', title: 'Annual IEP, November 2026' });
    expect(version!.signatures).toHaveLength(3);
    const threads = await movedManager.request<{ threads: unknown[] }>('GET', `/api/workspaces/${team.workspaceId}/threads`);
    expect(threads.body.threads).toHaveLength(1);
    const meetings = await movedManager.request<{ meetings: { title: string }[] }>('GET', `/api/workspaces/${team.workspaceId}/meetings`);
    expect(meetings.body.meetings.map((meeting) => meeting.title)).toEqual(['Monthly check-in']);

    // The log goes on where it stopped: new entries (opening the plan, signing in) chain onto the copied ones.
    await eventually(async () => {
      const verification = (await movedManager.request<{ verification: AuditVerification }>('GET', `/api/workspaces/${team.workspaceId}/audit/verification`)).body.verification;
      expect(verification.ok).toBe(true);
      expect(verification.checked).toBeGreaterThan(auditBefore.checked);
    });
  });

  it('refuses a target that already holds data, and leaves it as it was', async () => {
    const embedded = await startEmbedded();
    const { editor } = await populateInstallation(embedded);
    editor.destroy();
    await stop(embedded);
    await copy(embedded.dataDir);
    const before = await targetCounts();

    const again = spawnSync(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['scripts/copyToPostgres.ts', '--from', embedded.dataDir, '--to', target], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
    });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already holds data .*never merges/);
    expect(await targetCounts()).toEqual(before);
  });

  it('carries documents sealed with DATA_KEY over as stored, copied from a server still running, and they load on PostgreSQL with that key alone', async () => {
    const dataKey = parseDataKey(randomBytes(32).toString('hex'))!;
    const embedded = await startEmbedded(dataKey);
    const { team, plan, editor } = await populateInstallation(embedded);
    const file = new Database(path.join(embedded.dataDir, databaseFileName), { readonly: true });
    const stored = file.prepare<[], { data: Buffer }>('SELECT data FROM document_updates').all();
    file.close();
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((row) => isSealed(row.data))).toBe(true);

    // Without the key it stops before reaching PostgreSQL at all: the documents could not be checked.
    await expect(copy(embedded.dataDir)).rejects.toThrow(new RegExp(`encrypted with data key ${dataKey.id}`));
    expect(await targetCounts()).toEqual({});

    // The server keeps running: the copy is the moment its read began, every stored edit included.
    const report = await copy(embedded.dataDir, dataKey);
    expect(report.sealedWithKeyId).toBe(dataKey.id);
    expect(report.documents.sealed).toBeGreaterThan(0);
    expect(formatCopyReport(report)).not.toMatch(/unencrypted|decrypt/);
    const rows = await targetBlobs();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => sealedKeyId(row) === dataKey.id)).toBe(true);
    editor.destroy();
    await stop(embedded);

    // The target records the key: a server without it refuses to start rather than serve empty plans.
    await expect(startOnTarget()).rejects.toThrow(new RegExp(`sealed with data key ${dataKey.id}`));
    const cluster = await startOnTarget(dataKey);
    const reader = await openPlan(cluster, team.members.manager!.token, team.planDoc);
    expect(planDoc(reader.doc).snapshot()).toEqual(plan);
  });

  it('copies documents sealed under the key being rotated out as they are, and the first instance on the new key re-seals them', async () => {
    const oldKey = parseDataKey(randomBytes(32).toString('hex'))!;
    const newKey = parseDataKey(randomBytes(32).toString('hex'))!;
    const embedded = await startEmbedded(oldKey);
    const { team, plan, editor } = await populateInstallation(embedded);
    editor.destroy();
    await stop(embedded);

    const report = await copy(embedded.dataDir, newKey, oldKey);
    expect(report.sealedWithKeyId).toBe(oldKey.id);
    expect((await targetBlobs()).every((row) => sealedKeyId(row) === oldKey.id)).toBe(true);
    const cluster = await startOnTarget(newKey, oldKey);
    expect((await targetBlobs()).every((row) => sealedKeyId(row) === newKey.id)).toBe(true);
    const reader = await openPlan(cluster, team.members.manager!.token, team.planDoc);
    expect(planDoc(reader.doc).snapshot()).toEqual(plan);
  });

  it('refuses a data folder holding a table it does not know, or at another schema version, before writing anything', async () => {
    const embedded = await startEmbedded();
    const { editor } = await populateInstallation(embedded);
    editor.destroy();
    await stop(embedded);
    const file = new Database(path.join(embedded.dataDir, databaseFileName));
    // What a later release's migration would leave: a table this copy would otherwise skip.
    file.exec('CREATE TABLE meeting_minutes (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
    file.close();
    await expect(copy(embedded.dataDir)).rejects.toThrow(/tables this copy does not know \(meeting_minutes\)/);

    const older = new Database(path.join(embedded.dataDir, databaseFileName));
    older.exec('DROP TABLE meeting_minutes; DELETE FROM schema_migrations WHERE version = 18');
    older.close();
    await expect(copy(embedded.dataDir)).rejects.toThrow(/older schema \(migrations 18 not applied\)/);
    expect(await targetCounts()).toEqual({});
  });

  it('leaves the target empty when PostgreSQL refuses a row part-way', async () => {
    const embedded = await startEmbedded();
    const { editor } = await populateInstallation(embedded);
    editor.destroy();
    await stop(embedded);
    // A target that refuses signed versions: the tables before them are written, then this fails.
    const pool = await openPostgres({ connectionString: target, logger: silent, maxConnections: 1 });
    await pool.query(`CREATE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'this database refuses the row'; END $$;
      CREATE TRIGGER refuse_versions BEFORE INSERT ON plan_versions FOR EACH ROW EXECUTE FUNCTION refuse_row();`);
    await pool.end();

    await expect(copy(embedded.dataDir)).rejects.toThrow(/copying plan_versions: this database refuses the row/);
    expect(Object.values(await targetCounts()).every((count) => count === 0)).toBe(true);
  });
});
