/**
 * The legal record's tables for PostgreSQL migration 2 (with `accountsSchemaSql`): plan
 * versions, signatures and the audit log, and the PL/pgSQL triggers that keep them as
 * immutable as SQLite's triggers do.
 */
export const recordsSchemaSql = `
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
