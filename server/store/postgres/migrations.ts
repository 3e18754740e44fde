import type { Pool, PoolClient } from 'pg';
import { accountsSchemaSql } from './accountMigrations';
import { recordsSchemaSql } from './recordMigrations';

/**
 * Numbered PostgreSQL migrations, applied in order, one transaction each. Never edit one that
 * has shipped: add the next number instead, so every existing database upgrades.
 *
 * Every table that belongs to a workspace carries `workspace_id` first in its primary key, so
 * the data can later be distributed by workspace (e.g. Citus `create_distributed_table(...,
 * 'workspace_id')`) without a redesign.
 */
export const postgresMigrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        workspace_id TEXT NOT NULL,
        name TEXT NOT NULL,
        snapshot BYTEA,
        snapshot_seq BIGINT NOT NULL DEFAULT 0,
        -- Highest seq ever handed out for this document; appends lock this row to take the
        -- next numbers, so a document's updates commit in seq order.
        last_seq BIGINT NOT NULL DEFAULT 0,
        updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, name)
      );
      CREATE TABLE document_updates (
        workspace_id TEXT NOT NULL,
        doc_name TEXT NOT NULL,
        seq BIGINT NOT NULL,
        data BYTEA NOT NULL,
        created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, doc_name, seq)
      );
    `,
  },
  // Everything else the server stores: accounts, workspaces, versions, audit, schedule...
  { version: 2, sql: accountsSchemaSql + recordsSchemaSql },
  {
    version: 3,
    sql: `
      -- As SQLite migration 15: the meeting that agreed a version, and who covers which required participant.
      ALTER TABLE plan_versions ADD COLUMN agreed_meeting TEXT;
      ALTER TABLE memberships ADD COLUMN covers TEXT;
      -- As SQLite migration 16: occurrences of recurring meetings, reminders given, consent boxes.
      CREATE TABLE meeting_occurrences (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        series_id TEXT NOT NULL,
        occurrence_date TEXT NOT NULL,
        meeting_id TEXT NOT NULL,
        PRIMARY KEY (workspace_id, series_id, occurrence_date)
      );
      CREATE TABLE reminders (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        id BIGSERIAL,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        event_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        params TEXT NOT NULL,
        link TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        PRIMARY KEY (workspace_id, id),
        UNIQUE (user_id, event_key)
      );
      CREATE INDEX reminders_unread ON reminders (user_id, created_at) WHERE read_at IS NULL;
      ALTER TABLE consents ADD COLUMN scope_items TEXT;
      -- As SQLite migration 17: history records items added, removed and moved too.
      ALTER TABLE document_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';
      -- As SQLite migration 18: translations of record, each tied to the words it translated.
      CREATE TABLE plan_translations (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        path TEXT NOT NULL,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        source_text TEXT NOT NULL,
        source_hash TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users (id),
        author_name TEXT NOT NULL,
        author_role TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, path, language)
      );
    `,
  },
  {
    version: 4,
    sql: `
      -- As SQLite's data_encryption (migration 10): which DATA_KEY document snapshots and updates
      -- are sealed with (null: stored plain, as every PostgreSQL document was before this).
      -- Every append checks it, so an instance on another key cannot write rows the others
      -- cannot read. applied_at is null while a start re-seals the rows under key_id.
      CREATE TABLE data_encryption (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT,
        applied_at TEXT
      );
      INSERT INTO data_encryption (id, key_id, applied_at) VALUES (1, NULL, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
    `,
  },
];

export class SchemaTooNewError extends Error {
  constructor(found: number, known: number) {
    super(`the database schema is at version ${found}, newer than this code knows (${known}); run a newer release`);
    this.name = 'SchemaTooNewError';
  }
}

// Any fixed number: instances starting together take turns migrating instead of racing.
const migrationLockKey = 0x62_72_69_64;

/**
 * Runs `work` on one connection holding the migrations' advisory lock: instances starting
 * together take turns (migrating, re-sealing documents) instead of racing.
 */
export async function withMigrationLock<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
    try {
      return await work(client);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]);
    }
  } finally {
    client.release();
  }
}

/** Brings the schema up to date, or refuses (before touching anything) if it is newer than the code. */
export async function migratePostgres(pool: Pool, migrations = postgresMigrations): Promise<void> {
  await withMigrationLock(pool, async (client) => {
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const result = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(result.rows.map((row) => row.version));
    const known = Math.max(0, ...migrations.map((migration) => migration.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) throw new SchemaTooNewError(newest, known);
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  });
}
