/**
 * PostgreSQL migration 2: every table the repositories use (SQLite migrations 2–14 as one
 * schema). Times stay ISO-8601 text as on SQLite, so both engines compare them alike; blobs
 * are BYTEA; `lower(email)` unique indexes stand in for COLLATE NOCASE; PL/pgSQL triggers
 * keep versions, signatures and the audit log as immutable as SQLite's triggers do.
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

  -- Versions and signatures are a legal record: never changed once written.
  CREATE TABLE plan_versions (
    workspace_id TEXT NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    number INTEGER NOT NULL,
    title TEXT NOT NULL,
    state BYTEA NOT NULL,
    hash TEXT NOT NULL,
    proposed_by TEXT NOT NULL REFERENCES users (id),
    proposed_at TEXT NOT NULL,
    required_signers TEXT NOT NULL,
    record TEXT,
    reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workspace_id, id),
    UNIQUE (workspace_id, number)
  );
  CREATE INDEX plan_versions_by_id ON plan_versions (id);
  CREATE TABLE signatures (
    -- Filled from the version on insert: the repository names only the version.
    workspace_id TEXT NOT NULL,
    version_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    decision TEXT NOT NULL,
    statement TEXT NOT NULL,
    version_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    typed_name TEXT NOT NULL DEFAULT '',
    affirmation TEXT NOT NULL DEFAULT '',
    time_zone TEXT NOT NULL DEFAULT 'UTC',
    method TEXT NOT NULL DEFAULT '',
    signer_name TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workspace_id, version_id, user_id),
    FOREIGN KEY (workspace_id, version_id) REFERENCES plan_versions (workspace_id, id) ON DELETE CASCADE
  );
  CREATE INDEX signatures_by_version ON signatures (version_id);
  CREATE FUNCTION signatures_workspace() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    SELECT workspace_id INTO NEW.workspace_id FROM plan_versions WHERE id = NEW.version_id;
    RETURN NEW;
  END $$;
  CREATE TRIGGER signatures_workspace BEFORE INSERT ON signatures FOR EACH ROW EXECUTE FUNCTION signatures_workspace();
  CREATE FUNCTION plan_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.workspace_id IS DISTINCT FROM OLD.workspace_id
      OR NEW.state IS DISTINCT FROM OLD.state OR NEW.hash IS DISTINCT FROM OLD.hash
      OR NEW.number IS DISTINCT FROM OLD.number OR NEW.proposed_by IS DISTINCT FROM OLD.proposed_by
      OR NEW.proposed_at IS DISTINCT FROM OLD.proposed_at OR NEW.record IS DISTINCT FROM OLD.record
      OR NEW.reason IS DISTINCT FROM OLD.reason THEN
      RAISE EXCEPTION 'plan versions are immutable';
    END IF;
    -- The signer list is part of the record once anyone has signed under it.
    IF NEW.required_signers IS DISTINCT FROM OLD.required_signers
      AND EXISTS (SELECT 1 FROM signatures WHERE workspace_id = OLD.workspace_id AND version_id = OLD.id) THEN
      RAISE EXCEPTION 'signers are frozen once someone has signed';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER plan_versions_immutable BEFORE UPDATE ON plan_versions FOR EACH ROW EXECUTE FUNCTION plan_versions_immutable();
  CREATE FUNCTION signatures_final() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'signatures are final';
  END $$;
  CREATE TRIGGER signatures_final BEFORE UPDATE ON signatures FOR EACH ROW EXECUTE FUNCTION signatures_final();

  -- Tamper evidence: each row carries the hash of the previous row of its chain (one per
  -- workspace, '' for account events); the newest hash of each chain is kept apart.
  CREATE TABLE audit_events (
    chain TEXT GENERATED ALWAYS AS (coalesce(workspace_id, '')) STORED,
    id BIGINT GENERATED ALWAYS AS IDENTITY,
    at TEXT NOT NULL,
    workspace_id TEXT,
    actor_id TEXT,
    action TEXT NOT NULL,
    subject TEXT,
    details TEXT,
    prev_hash TEXT,
    hash TEXT,
    PRIMARY KEY (chain, id)
  );
  CREATE INDEX audit_events_by_workspace ON audit_events (workspace_id, id);
  CREATE TABLE audit_chain_heads (
    chain TEXT PRIMARY KEY,
    last_id BIGINT NOT NULL,
    hash TEXT NOT NULL,
    entries INTEGER NOT NULL
  );
  CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    -- The one update allowed: filling the hash of a row that has none.
    IF TG_OP = 'DELETE' OR OLD.hash IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
      OR NEW.workspace_id IS DISTINCT FROM OLD.workspace_id OR NEW.actor_id IS DISTINCT FROM OLD.actor_id
      OR NEW.action IS DISTINCT FROM OLD.action OR NEW.subject IS DISTINCT FROM OLD.subject
      OR NEW.details IS DISTINCT FROM OLD.details THEN
      RAISE EXCEPTION 'audit events are append-only';
    END IF;
    RETURN NEW;
  END $$;
  CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
`;
