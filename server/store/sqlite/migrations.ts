import type Database from 'better-sqlite3';

/**
 * Numbered migrations, applied in order inside one transaction each. Never edit a migration
 * that has shipped: add the next number instead, so every existing data folder upgrades.
 */
export const migrations: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        name TEXT PRIMARY KEY,
        snapshot BLOB,
        snapshot_seq INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE document_updates (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_name TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX document_updates_by_doc ON document_updates (doc_name, seq);
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX sessions_by_user ON sessions (user_id);
      CREATE TABLE access_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT,
        revoked_at TEXT
      );
      CREATE TABLE workspaces (
        id TEXT PRIMARY KEY,
        student_name TEXT NOT NULL,
        grade_or_birth_date TEXT NOT NULL DEFAULT '',
        school TEXT NOT NULL DEFAULT '',
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      );
      CREATE TABLE memberships (
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        consent_id TEXT,
        created_at TEXT NOT NULL,
        PRIMARY KEY (workspace_id, user_id)
      );
      CREATE INDEX memberships_by_user ON memberships (user_id);
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        email TEXT NOT NULL COLLATE NOCASE,
        role TEXT NOT NULL,
        invited_by TEXT NOT NULL REFERENCES users (id),
        consent_id TEXT,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        accepted_at TEXT,
        accepted_by TEXT,
        revoked_at TEXT
      );
      CREATE INDEX invitations_by_workspace ON invitations (workspace_id);
      CREATE TABLE consents (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        granted_by TEXT NOT NULL REFERENCES users (id),
        recipient_email TEXT NOT NULL,
        shared_scope TEXT NOT NULL,
        purpose TEXT NOT NULL,
        granted_at TEXT NOT NULL,
        revoked_at TEXT,
        revoked_by TEXT
      );
      CREATE TABLE audit_events (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        workspace_id TEXT,
        actor_id TEXT,
        action TEXT NOT NULL,
        subject TEXT,
        details TEXT
      );
      CREATE INDEX audit_events_by_workspace ON audit_events (workspace_id, id);
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        title TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        created_by TEXT NOT NULL REFERENCES users (id),
        created_at TEXT NOT NULL
      );
      CREATE INDEX meetings_by_workspace ON meetings (workspace_id, starts_at);
    `,
  },
  {
    version: 4,
    sql: `
      CREATE TABLE thread_reads (
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        thread_id TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (user_id, workspace_id, thread_id)
      );
    `,
  },
  {
    version: 5,
    sql: `
      CREATE TABLE plan_versions (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        title TEXT NOT NULL,
        state BLOB NOT NULL,
        hash TEXT NOT NULL,
        proposed_by TEXT NOT NULL REFERENCES users (id),
        proposed_at TEXT NOT NULL,
        required_signers TEXT NOT NULL,
        UNIQUE (workspace_id, number)
      );
      CREATE TABLE signatures (
        version_id TEXT NOT NULL REFERENCES plan_versions (id) ON DELETE CASCADE,
        user_id TEXT NOT NULL REFERENCES users (id),
        role TEXT NOT NULL,
        decision TEXT NOT NULL,
        statement TEXT NOT NULL,
        version_hash TEXT NOT NULL,
        signed_at TEXT NOT NULL,
        PRIMARY KEY (version_id, user_id)
      );
      -- Versions and signatures are a legal record: never changed once written.
      CREATE TRIGGER plan_versions_immutable BEFORE UPDATE OF state, hash, number, proposed_by, proposed_at ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END;
    `,
  },
  {
    version: 6,
    sql: `
      -- Set when the person proves the address (mailed link) or a case manager confirms it in person.
      ALTER TABLE users ADD COLUMN email_verified_at TEXT;
      ALTER TABLE access_tokens ADD COLUMN expires_at TEXT;
      -- Tokens made before tokens expired get the default lifetime from now.
      UPDATE access_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+90 days') WHERE expires_at IS NULL;
      -- One-time links mailed to a person: email verification and password reset. Only the hash is kept.
      CREATE TABLE account_links (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        email TEXT NOT NULL COLLATE NOCASE,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      );
      CREATE INDEX account_links_by_user ON account_links (user_id, purpose);
    `,
  },
];

export function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const applied = new Set(
    db.prepare<[], { version: number }>('SELECT version FROM schema_migrations').all().map((row) => row.version),
  );
  for (const migration of migrations) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(
        migration.version,
        new Date().toISOString(),
      );
    })();
  }
}
