import type Database from 'better-sqlite3';
import type { ConsentView } from '../../shared/api';
import { isConsentScopeItem, type ConsentScopeItem } from '../../shared/consentScope';
import { newId, nowIso } from '../accounts/secrets';

interface ConsentRow {
  id: string;
  workspace_id: string;
  granted_by: string;
  granted_by_name: string;
  recipient_email: string;
  shared_scope: string;
  scope_items: string | null;
  purpose: string;
  granted_at: string;
  revoked_at: string | null;
}

export interface Consent extends ConsentView {
  readonly workspaceId: string;
}

/** Unreadable boxes share nothing rather than everything. */
function readScopeItems(value: string | null): ConsentScopeItem[] | null {
  if (value === null) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.filter(isConsentScopeItem) : [];
  } catch {
    return [];
  }
}

const toConsent = (row: ConsentRow): Consent => ({
  id: row.id,
  workspaceId: row.workspace_id,
  grantedBy: row.granted_by,
  grantedByName: row.granted_by_name,
  recipientEmail: row.recipient_email,
  sharedScope: row.shared_scope,
  scopeItems: readScopeItems(row.scope_items),
  purpose: row.purpose,
  grantedAt: row.granted_at,
  revokedAt: row.revoked_at,
});

const selectConsent = 'SELECT c.*, u.display_name AS granted_by_name FROM consents c JOIN users u ON u.id = c.granted_by';

/**
 * A parent's recorded consent to share the plan with an outside clinician: what, with whom,
 * for what purpose, when (FERPA's written-consent elements). Revocable; never deleted.
 */
export class ConsentRepository {
  constructor(private readonly db: Database.Database) {}

  create(input: { workspaceId: string; grantedBy: string; recipientEmail: string; sharedScope: string; scopeItems?: readonly ConsentScopeItem[] | null; purpose: string }): Consent {
    const id = newId('con');
    const items = input.scopeItems ? JSON.stringify([...new Set(input.scopeItems)]) : null;
    this.db
      .prepare(
        `INSERT INTO consents (id, workspace_id, granted_by, recipient_email, shared_scope, scope_items, purpose, granted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, input.workspaceId, input.grantedBy, input.recipientEmail, input.sharedScope, items, input.purpose, nowIso());
    return this.findById(id)!;
  }

  findById(id: string): Consent | null {
    const row = this.db.prepare<[string], ConsentRow>(`${selectConsent} WHERE c.id = ?`).get(id);
    return row ? toConsent(row) : null;
  }

  listForWorkspace(workspaceId: string): Consent[] {
    return this.db
      .prepare<[string], ConsentRow>(`${selectConsent} WHERE c.workspace_id = ? ORDER BY c.granted_at DESC`)
      .all(workspaceId)
      .map(toConsent);
  }

  revoke(id: string, revokedBy: string): boolean {
    return this.db.prepare('UPDATE consents SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL').run(nowIso(), revokedBy, id).changes > 0;
  }
}
