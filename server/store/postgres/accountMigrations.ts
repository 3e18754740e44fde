/**
 * PostgreSQL migration 2: every table the repositories use (SQLite migrations 2–14 as one
 * schema). Times stay ISO-8601 text as on SQLite, so both engines compare them alike; blobs
 * are BYTEA; `lower(email)` unique indexes stand in for COLLATE NOCASE; PL/pgSQL triggers
 * keep versions, signatures and the audit log as immutable as SQLite's triggers do
 * (those tables are in recordMigrations.ts).
 *
 * Tables that belong to a workspace lead their primary key with `workspace_id` (history rows
 * derive it from the document name), so they can be distributed by workspace later. Lookups
 * by a secret's hash or an id alone keep plain indexes beside the key.
 */
export const accountsSchemaSql = `
  CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL,
    email_verified_at TEXT,
    language TEXT NOT NULL DEFAULT 'en'
  );
  CREATE UNIQUE INDEX users_by_email ON users (lower(email));
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
    revoked_at TEXT,
    expires_at TEXT
  );
  CREATE INDEX access_tokens_by_user ON access_tokens (user_id);
  CREATE TABLE account_links (
    id TEXT PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    email TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT
  );
  CREATE INDEX account_links_by_user ON account_links (user_id, purpose);
  CREATE TABLE calendar_feeds (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    secret_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX calendar_feeds_by_user ON calendar_feeds (user_id);
  CREATE TABLE notification_preferences (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('immediately', 'daily', 'never')),
    PRIMARY KEY (user_id, kind)
  );
  CREATE TABLE notification_digest (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    line TEXT NOT NULL,
    link TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    sent_at TEXT
  );
  CREATE INDEX notification_digest_pending ON notification_digest (user_id, queued_at) WHERE sent_at IS NULL;
  CREATE TABLE server_keys (
    name TEXT PRIMARY KEY,
    secret BYTEA NOT NULL,
    created_at TEXT NOT NULL
  );

  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    student_name TEXT NOT NULL,
    grade_or_birth_date TEXT NOT NULL DEFAULT '',
    school TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    time_zone TEXT NOT NULL DEFAULT 'UTC'
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
  CREATE INDEX memberships_by_consent ON memberships (consent_id) WHERE consent_id IS NOT NULL;
  CREATE TABLE invitations (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    token_hash TEXT NOT NULL,
    email TEXT NOT NULL,
    role TEXT NOT NULL,
    invited_by TEXT NOT NULL REFERENCES users (id),
    consent_id TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    accepted_at TEXT,
    accepted_by TEXT,
    revoked_at TEXT,
    language TEXT NOT NULL DEFAULT 'en',
    PRIMARY KEY (workspace_id, id)
  );
  CREATE INDEX invitations_by_id ON invitations (id);
  CREATE INDEX invitations_by_token ON invitations (token_hash);
  CREATE INDEX invitations_by_consent ON invitations (consent_id) WHERE consent_id IS NOT NULL;
  CREATE TABLE consents (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    granted_by TEXT NOT NULL REFERENCES users (id),
    recipient_email TEXT NOT NULL,
    shared_scope TEXT NOT NULL,
    purpose TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_by TEXT,
    PRIMARY KEY (workspace_id, id)
  );
  CREATE INDEX consents_by_id ON consents (id);
  CREATE TABLE meetings (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
  );
  CREATE INDEX meetings_by_start ON meetings (workspace_id, starts_at);
  CREATE TABLE thread_reads (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    thread_id TEXT NOT NULL,
    read_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id, thread_id)
  );
  CREATE TABLE suggestion_modes (
    workspace_id TEXT NOT NULL,
    role TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('edit', 'suggest')),
    PRIMARY KEY (workspace_id, role)
  );
  CREATE TABLE service_log (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    service_id TEXT NOT NULL,
    date TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    status TEXT NOT NULL,
    make_up_for TEXT,
    note TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL REFERENCES users (id),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id),
    FOREIGN KEY (workspace_id, make_up_for) REFERENCES service_log (workspace_id, id)
  );
  CREATE INDEX service_log_by_service ON service_log (workspace_id, service_id, date);
  CREATE TABLE session_notes (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    body TEXT NOT NULL,
    author_id TEXT NOT NULL REFERENCES users (id),
    author_role TEXT NOT NULL,
    author_setting TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
  );
  CREATE INDEX session_notes_by_time ON session_notes (workspace_id, created_at);
  CREATE TABLE document_history (
    workspace_id TEXT GENERATED ALWAYS AS (split_part(doc_name, '/', 1)) STORED,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    doc_name TEXT NOT NULL,
    path TEXT NOT NULL,
    label TEXT NOT NULL,
    user_id TEXT NOT NULL,
    user_name TEXT NOT NULL,
    role TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    before_text TEXT NOT NULL,
    after_text TEXT NOT NULL,
    PRIMARY KEY (workspace_id, id)
  );
  CREATE INDEX document_history_by_doc ON document_history (workspace_id, doc_name, ended_at);
  CREATE TABLE history_seen (
    workspace_id TEXT GENERATED ALWAYS AS (split_part(doc_name, '/', 1)) STORED,
    user_id TEXT NOT NULL,
    doc_name TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (workspace_id, user_id, doc_name),
    -- The upsert's conflict target; the document name already names its workspace.
    UNIQUE (user_id, doc_name)
  );
`;
