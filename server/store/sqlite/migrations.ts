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
  {
    version: 7,
    sql: `
      -- The signer list is part of the record once anyone has signed under it; signatures are final.
      CREATE TRIGGER plan_versions_signers_frozen BEFORE UPDATE OF required_signers ON plan_versions
        WHEN EXISTS (SELECT 1 FROM signatures WHERE version_id = OLD.id)
        BEGIN SELECT RAISE(ABORT, 'signers are frozen once someone has signed'); END;
      CREATE TRIGGER signatures_final BEFORE UPDATE ON signatures
        BEGIN SELECT RAISE(ABORT, 'signatures are final'); END;
      -- The workspace's IANA time zone: every date and time it shows or exports is local to it.
      ALTER TABLE workspaces ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
      -- What a version shows beside the plan (team, student, meetings, time zone), frozen as
      -- canonical JSON and covered by its hash, and the reason given for an unchanged plan.
      ALTER TABLE plan_versions ADD COLUMN record TEXT;
      ALTER TABLE plan_versions ADD COLUMN reason TEXT NOT NULL DEFAULT '';
      CREATE TRIGGER plan_versions_record_frozen BEFORE UPDATE OF record, reason ON plan_versions
        BEGIN SELECT RAISE(ABORT, 'plan versions are immutable'); END;
      -- Signing with intent: the name typed, the statement confirmed, the zone, and how identity was checked.
      ALTER TABLE signatures ADD COLUMN typed_name TEXT NOT NULL DEFAULT '';
      ALTER TABLE signatures ADD COLUMN affirmation TEXT NOT NULL DEFAULT '';
      ALTER TABLE signatures ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
      ALTER TABLE signatures ADD COLUMN method TEXT NOT NULL DEFAULT '';
      ALTER TABLE signatures ADD COLUMN signer_name TEXT NOT NULL DEFAULT '';
    `,
  },
  {
    version: 8,
    sql: `
      -- Tamper evidence: each audit row carries the hash of the previous row of its chain (one
      -- chain per workspace, one for account events), and the newest hash of each chain is kept
      -- apart so that deleting the latest rows shows too. Rows from before this version are
      -- chained by AuditLog at start (the only update the trigger allows: filling a missing hash).
      ALTER TABLE audit_events ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_events ADD COLUMN hash TEXT;
      CREATE INDEX audit_events_by_chain ON audit_events (coalesce(workspace_id, ''), id);
      CREATE TABLE audit_chain_heads (
        chain TEXT PRIMARY KEY,
        last_id INTEGER NOT NULL,
        hash TEXT NOT NULL,
        entries INTEGER NOT NULL
      );
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
        WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
          OR NEW.workspace_id IS NOT OLD.workspace_id OR NEW.actor_id IS NOT OLD.actor_id
          OR NEW.action IS NOT OLD.action OR NEW.subject IS NOT OLD.subject OR NEW.details IS NOT OLD.details
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
      CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
        BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
      -- Which data key document blobs were last sealed with (null: stored plain). Lets a start
      -- with an unchanged DATA_KEY skip the re-encryption pass.
      CREATE TABLE data_encryption (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        key_id TEXT,
        applied_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 11,
    sql: `
      -- The service delivery log: one row per session a provider delivered or missed.
      CREATE TABLE service_log (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        service_id TEXT NOT NULL,
        date TEXT NOT NULL,
        minutes INTEGER NOT NULL,
        status TEXT NOT NULL,
        make_up_for TEXT REFERENCES service_log(id),
        note TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL REFERENCES users(id),
        recorded_at TEXT NOT NULL
      );
      CREATE INDEX service_log_by_service ON service_log (workspace_id, service_id, date);
      -- Session notes shared across settings, attached to a goal or a support.
      CREATE TABLE session_notes (
        id TEXT PRIMARY KEY,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        target_kind TEXT NOT NULL,
        target_id TEXT NOT NULL,
        topic TEXT NOT NULL,
        body TEXT NOT NULL,
        author_id TEXT NOT NULL REFERENCES users(id),
        author_role TEXT NOT NULL,
        author_setting TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX session_notes_by_workspace ON session_notes (workspace_id, created_at);
      -- Personal calendar feeds: only the SHA-256 of the secret in the URL is kept.
      CREATE TABLE calendar_feeds (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        secret_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX calendar_feeds_by_user ON calendar_feeds (user_id);
    `,
  },
  {
    version: 12,
    sql: `
      -- Who changed which field of a document: one row per person and field per editing spell
      -- (closed when they pause or someone else edits the field), with the words before and after.
      CREATE TABLE document_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_name TEXT NOT NULL,
        path TEXT NOT NULL,
        label TEXT NOT NULL,
        user_id TEXT NOT NULL,
        user_name TEXT NOT NULL,
        role TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT NOT NULL,
        before_text TEXT NOT NULL,
        after_text TEXT NOT NULL
      );
      CREATE INDEX document_history_by_doc ON document_history (doc_name, ended_at);
      -- When each person last looked at a document's history ("what changed since I last looked").
      CREATE TABLE history_seen (
        user_id TEXT NOT NULL,
        doc_name TEXT NOT NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (user_id, doc_name)
      );
      -- Whether members of a role edit directly or suggest by default, per workspace.
      CREATE TABLE suggestion_modes (
        workspace_id TEXT NOT NULL,
        role TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('edit', 'suggest')),
        PRIMARY KEY (workspace_id, role)
      );
    `,
  },
  {
    version: 13,
    sql: `
      -- Mail notifications: how each person wants each kind (no row: the kind's default).
      CREATE TABLE notification_preferences (
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        delivery TEXT NOT NULL CHECK (delivery IN ('immediately', 'daily', 'never')),
        PRIMARY KEY (user_id, kind)
      );
      -- Notifications waiting for a person's daily digest; sent_at is set when the digest goes.
      CREATE TABLE notification_digest (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        line TEXT NOT NULL,
        link TEXT NOT NULL,
        queued_at TEXT NOT NULL,
        sent_at TEXT
      );
      CREATE INDEX notification_digest_pending ON notification_digest (user_id, queued_at) WHERE sent_at IS NULL;
      -- Keys the server generates for itself once (the unsubscribe link signature); every
      -- instance sharing this database signs and checks with the same key.
      CREATE TABLE server_keys (
        name TEXT PRIMARY KEY,
        secret BLOB NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 14,
    sql: `
      -- Each person's language for the interface and their mail; an invitation carries the
      -- language its inviter chose, so the mail and the first page reach the family in theirs.
      ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
      ALTER TABLE invitations ADD COLUMN language TEXT NOT NULL DEFAULT 'en';
    `,
  },
  {
    version: 15,
    sql: `
      -- The meeting where a version was agreed, frozen as it was when linked (JSON: id, kind,
      -- title, startsAt); NULL when none is linked. It sits beside the signatures, outside the
      -- fingerprint, because it may be chosen when the last signature lands.
      ALTER TABLE plan_versions ADD COLUMN agreed_meeting TEXT;
      -- Which required participants of 34 CFR 300.321 a member covers at meetings (JSON array),
      -- set by the case manager; NULL means the defaults of the member's role.
      ALTER TABLE memberships ADD COLUMN covers TEXT;
    `,
  },
  {
    version: 16,
    sql: `
      -- The meeting an occurrence of a recurring check-in or joint evaluation became: one per
      -- series and date, so two instances or two clicks opening it at once make one meeting.
      CREATE TABLE meeting_occurrences (
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        series_id TEXT NOT NULL,
        occurrence_date TEXT NOT NULL,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        PRIMARY KEY (workspace_id, series_id, occurrence_date)
      );
      -- Reminders (meeting tomorrow, session today, plan dates, missed sessions): one per event
      -- and person, kept so the periodic job never sends one twice; shown in the app until read.
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        event_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        params TEXT NOT NULL,
        link TEXT NOT NULL,
        created_at TEXT NOT NULL,
        read_at TEXT,
        UNIQUE (user_id, event_key)
      );
      CREATE INDEX reminders_unread ON reminders (user_id, created_at) WHERE read_at IS NULL;
      -- What a consent covers, as the boxes the parent ticked (JSON list); NULL for consents
      -- given before, which are read from their words, narrowly.
      ALTER TABLE consents ADD COLUMN scope_items TEXT;
    `,
  },
  {
    version: 17,
    sql: `
      -- History records items added, removed and moved too, not only words changed.
      ALTER TABLE document_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'edit';
    `,
  },
  {
    version: 18,
    sql: `
      -- Translations of record: one per plan field and language, with the exact source text it
      -- translated, so the server can tell when the field changed afterwards and show how.
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
