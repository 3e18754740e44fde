import type Database from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AccessTokenRepository } from '../../server/accounts/AccessTokenRepository';
import { AuditLog } from '../../server/audit/AuditLog';
import { UserRepository } from '../../server/accounts/UserRepository';
import { openDataLayer, type DataLayer } from '../../server/data/openDataLayer';
import { ServiceLogRepository } from '../../server/schedule/ServiceLogRepository';
import { createLogger } from '../../server/logger';
import { migratePostgres, SchemaTooNewError } from '../../server/store/postgres/migrations';
import { openDatabase } from '../../server/store/sqlite/openDatabase';
import { VersionRepository } from '../../server/versions/VersionRepository';
import { ConsentRepository } from '../../server/workspaces/ConsentRepository';
import { InvitationRepository } from '../../server/workspaces/InvitationRepository';
import { MeetingRepository } from '../../server/workspaces/MeetingRepository';
import { WorkspaceRepository } from '../../server/workspaces/WorkspaceRepository';
import { describeWithService, freshSchema, postgresReachable, testDatabaseUrl } from '../helpers/externalServices';
import { makeTempDir } from '../helpers/testServer';

const postgresUp = await postgresReachable();

interface Engine {
  open(): Promise<DataLayer>;
  cleanUp(): Promise<void>;
}

const sqliteEngine = (): Engine => {
  let sqlite: Database.Database | null = null;
  return {
    async open() {
      sqlite = openDatabase(makeTempDir());
      return openDataLayer({ databaseUrl: null }, sqlite, createLogger('silent'));
    },
    async cleanUp() {
      sqlite?.close();
    },
  };
};

const postgresEngine = (): Engine => {
  let schema: Awaited<ReturnType<typeof freshSchema>> | null = null;
  return {
    async open() {
      schema = await freshSchema();
      // The SQLite connection is opened as the server opens it; on PostgreSQL nothing goes there.
      return openDataLayer({ databaseUrl: `${testDatabaseUrl}?schema=${schema.schema}` }, openDatabase(makeTempDir()), createLogger('silent'));
    },
    async cleanUp() {
      await schema?.drop();
    },
  };
};

/** What the data layer promises on whichever engine it runs. */
function dataLayerContract(makeEngine: () => Engine): void {
  let engine: Engine;
  let data: DataLayer;

  beforeEach(async () => {
    engine = makeEngine();
    data = await engine.open();
  });
  afterEach(async () => {
    await data.close();
    await engine.cleanUp();
  });

  const team = async () => {
    const users = new UserRepository(data.db);
    const manager = await users.create('Dana@Example.org', 'Dana Ortiz', 'hash');
    const workspace = await new WorkspaceRepository(data.db).create(manager.id, { studentName: 'Maya', gradeOrBirthDate: '', school: '' });
    return { manager, workspace };
  };

  it('finds an account by its email whatever the case, and refuses a second account for it', async () => {
    const users = new UserRepository(data.db);
    const { manager } = await team();
    expect((await users.findByEmail('dana@EXAMPLE.org'))?.id).toBe(manager.id);
    await expect(users.create('DANA@example.org', 'Someone else', 'hash')).rejects.toThrow();
    expect(await users.count()).toBe(1);
  });

  it('keeps an audit chain whole when many entries are written at once', async () => {
    const { manager, workspace } = await team();
    const audit = new AuditLog(data.db);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => audit.record({ workspaceId: workspace.id, actorId: manager.id, action: 'workspace.viewed', subject: `read ${i}` })),
    );
    const verification = await audit.verify(workspace.id);
    expect(verification).toMatchObject({ ok: true, checked: 40 });
    const page = await audit.list(workspace.id, { limit: 100 });
    expect(page.events).toHaveLength(40);
  });

  it('refuses to change or delete an audit entry', async () => {
    const { manager, workspace } = await team();
    await new AuditLog(data.db).record({ workspaceId: workspace.id, actorId: manager.id, action: 'workspace.created', subject: workspace.id });
    await expect(sql`UPDATE audit_events SET subject = 'someone else'`.execute(data.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events`.execute(data.db)).rejects.toThrow(/append-only/);
    expect(await new AuditLog(data.db).verify(workspace.id)).toMatchObject({ ok: true, checked: 1 });
  });

  it('keeps a proposed version and its signatures as they were written', async () => {
    const { manager, workspace } = await team();
    const versions = new VersionRepository(data.db);
    const version = await versions.propose({
      workspaceId: workspace.id,
      title: 'Annual IEP',
      state: new Uint8Array([1, 2, 3]),
      proposedBy: manager.id,
      requiredSigners: [manager.id],
      record: { student: { name: 'Maya', gradeOrBirthDate: '', school: '' }, team: [], meetings: [], timeZone: 'UTC', proposedBy: { userId: manager.id, name: 'Dana Ortiz' }, reason: '' },
    });
    const signature = {
      versionId: version.id,
      userId: manager.id,
      name: 'Dana Ortiz',
      role: 'case_manager',
      decision: 'agree' as const,
      statement: '',
      versionHash: version.hash,
      typedName: 'Dana Ortiz',
      affirmation: 'I agree',
      timeZone: 'UTC',
      method: 'password',
    };
    expect(await versions.sign(signature)).toBe(true);
    expect(await versions.sign(signature)).toBe(false);
    await expect(sql`UPDATE plan_versions SET state = ${Buffer.from([9])}`.execute(data.db)).rejects.toThrow(/immutable/);
    await expect(sql`UPDATE plan_versions SET required_signers = '[]'`.execute(data.db)).rejects.toThrow(/frozen/);
    await expect(sql`UPDATE signatures SET decision = 'disagree'`.execute(data.db)).rejects.toThrow(/final/);
    expect([...(await versions.state(version.id))]).toEqual([1, 2, 3]);
    expect((await versions.find(workspace.id, version.id))?.status).toBe('agreed');
  });

  describe('lists where many rows share a time', () => {
    // The clock stands still, so every row below is written in the same millisecond.
    const sameMillisecond = '2026-03-02T09:00:00.000Z';
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date(sameMillisecond));
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    const people = (count: number) => {
      const users = new UserRepository(data.db);
      return Promise.all(Array.from({ length: count }, (_, i) => users.create(`member${i}@example.org`, `Member ${i}`, 'hash')));
    };

    it('lists the team in the order people joined, on every load', async () => {
      const { manager, workspace } = await team();
      const workspaces = new WorkspaceRepository(data.db);
      const joined = await people(12);
      for (const person of joined) await workspaces.addMember(workspace.id, person.id, 'teacher', null);
      const expected = [manager.id, ...joined.map((person) => person.id)];
      expect((await workspaces.members(workspace.id)).map((member) => member.userId)).toEqual(expected);
      expect((await workspaces.members(workspace.id)).map((member) => member.userId)).toEqual(expected);
    });

    it('lists invitations and access tokens newest first', async () => {
      const { manager, workspace } = await team();
      const invitations = new InvitationRepository(data.db, 86_400_000);
      const invited: string[] = [];
      for (let i = 0; i < 10; i++) invited.push((await invitations.create({ workspaceId: workspace.id, email: `guest${i}@example.org`, role: 'parent', invitedBy: manager.id, consentId: null })).invitation.id);
      expect((await invitations.listForWorkspace(workspace.id)).map((invitation) => invitation.id)).toEqual(invited.reverse());

      const tokens = new AccessTokenRepository(data.db);
      const created: string[] = [];
      for (let i = 0; i < 10; i++) created.push((await tokens.create(manager.id, `Script ${i}`)).id);
      expect((await tokens.listForUser(manager.id)).map((token) => token.id)).toEqual(created.reverse());
    });

    it('lists consents newest first and a day’s service log in the order it was recorded', async () => {
      const { manager, workspace } = await team();
      const consents = new ConsentRepository(data.db);
      const granted: string[] = [];
      for (let i = 0; i < 8; i++) granted.push((await consents.create({ workspaceId: workspace.id, grantedBy: manager.id, recipientEmail: `clinic${i}@example.org`, sharedScope: 'plan', purpose: 'therapy' })).id);
      expect((await consents.listForWorkspace(workspace.id)).map((consent) => consent.id)).toEqual(granted.reverse());

      const log = new ServiceLogRepository(data.db);
      const recorded: string[] = [];
      for (let i = 0; i < 8; i++) {
        recorded.push((await log.record({ workspaceId: workspace.id, serviceId: 'speech', date: '2026-03-02', minutes: 30, status: 'delivered', makeUpFor: null, note: `session ${i}`, recordedBy: manager.id })).id);
      }
      expect((await log.list(workspace.id)).map((entry) => entry.id)).toEqual(recorded);
    });

    it('lists meetings at the same time with the one added last first', async () => {
      const { manager, workspace } = await team();
      const meetings = new MeetingRepository(data.db);
      const added: string[] = [];
      for (let i = 0; i < 8; i++) added.push((await meetings.create(workspace.id, { kind: 'check_in', title: `Check-in ${i}`, startsAt: '2026-04-01T15:00:00.000Z' }, manager.id)).id);
      expect((await meetings.list(workspace.id)).map((meeting) => meeting.id)).toEqual(added.reverse());
    });

    it('pages through audit entries sharing one timestamp, each exactly once', async () => {
      const { manager, workspace } = await team();
      // As several instances writing in the same millisecond would: one stored time for all.
      for (let i = 0; i < 120; i++) {
        await data.db.insertInto('audit_events').values({ at: sameMillisecond, workspace_id: workspace.id, actor_id: manager.id, action: 'workspace.viewed', subject: `read ${i}`, details: null }).execute();
      }
      const audit = new AuditLog(data.db);
      const seen: string[] = [];
      let cursor: number | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await audit.list(workspace.id, { limit: 25, beforeId: cursor, from: sameMillisecond, to: sameMillisecond });
        seen.push(...result.events.map((event) => event.subject ?? ''));
        if (result.nextCursor === null) break;
        cursor = Number(result.nextCursor);
      }
      expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => `read ${119 - i}`));
    });
  });

  it('lists a person’s students by name whatever the case, the same name in one order on every load', async () => {
    const users = new UserRepository(data.db);
    const manager = await users.create('dana@example.org', 'Dana Ortiz', 'hash');
    const workspaces = new WorkspaceRepository(data.db);
    const create = (studentName: string) => workspaces.create(manager.id, { studentName, gradeOrBirthDate: '', school: '' });
    const beth = await create('beth');
    const twins = [await create('Maya'), await create('Maya'), await create('Maya')].map((workspace) => workspace.id).sort();
    const anna = await create('Anna');
    const listed = await workspaces.listForUser(manager.id);
    expect(listed.map((workspace) => workspace.id)).toEqual([anna.id, beth.id, ...twins]);
    expect((await workspaces.listForUser(manager.id)).map((workspace) => workspace.id)).toEqual(listed.map((workspace) => workspace.id));
  });

  it('numbers versions proposed at the same moment one after another', async () => {
    const { manager, workspace } = await team();
    const versions = new VersionRepository(data.db);
    const record = { student: { name: 'Maya', gradeOrBirthDate: '', school: '' }, team: [], meetings: [], timeZone: 'UTC', proposedBy: { userId: manager.id, name: 'Dana Ortiz' }, reason: '' };
    const proposed = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        versions.propose({ workspaceId: workspace.id, title: `Draft ${i}`, state: new Uint8Array([i]), proposedBy: manager.id, requiredSigners: [manager.id], record }),
      ),
    );
    expect(proposed.map((version) => version.number).sort()).toEqual([1, 2, 3, 4, 5]);
  });
}

describe('the data layer on SQLite', () => {
  dataLayerContract(sqliteEngine);
});

describeWithService('PostgreSQL', postgresUp, 'the data layer on PostgreSQL', () => {
  dataLayerContract(postgresEngine);

  it('refuses to start on a schema newer than the code knows', async () => {
    const schema = await freshSchema();
    const pool = new pg.Pool({ connectionString: testDatabaseUrl, options: `-c search_path=${schema.schema}` });
    try {
      await pool.query(`CREATE SCHEMA ${schema.schema}`);
      await migratePostgres(pool);
      await pool.query('INSERT INTO schema_migrations (version) VALUES (999)');
      await expect(migratePostgres(pool)).rejects.toBeInstanceOf(SchemaTooNewError);
    } finally {
      await pool.end();
      await schema.drop();
    }
  });
});
