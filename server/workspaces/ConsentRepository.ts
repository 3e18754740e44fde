import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected, isPostgres } from '../data/engine';
import type { ConsentView } from '../../shared/api';
import { isConsentScopeItem, type ConsentScopeItem } from '../../shared/consentScope';
import { newId, nowIso } from '../accounts/secrets';
import { creationTime } from '../data/creationTime';

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

/**
 * A parent's recorded consent to share the plan with an outside clinician: what, with whom,
 * for what purpose, when (FERPA's written-consent elements). Revocable; never deleted.
 */
export class ConsentRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: { workspaceId: string; grantedBy: string; recipientEmail: string; sharedScope: string; scopeItems?: readonly ConsentScopeItem[] | null; purpose: string }): Promise<Consent> {
    const id = newId('con');
    const items = input.scopeItems ? JSON.stringify([...new Set(input.scopeItems)]) : null;
    await this.db
      .insertInto('consents')
      .values({
        id,
        workspace_id: input.workspaceId,
        granted_by: input.grantedBy,
        recipient_email: input.recipientEmail,
        shared_scope: input.sharedScope,
        scope_items: items,
        purpose: input.purpose,
        granted_at: creationTime(),
      })
      .execute();
    return (await this.findById(id))!;
  }

  async findById(id: string): Promise<Consent | null> {
    const row: ConsentRow | undefined = await this.selectConsent().where('c.id', '=', id).executeTakeFirst();
    return row ? toConsent(row) : null;
  }

  async listForWorkspace(workspaceId: string): Promise<Consent[]> {
    const rows: ConsentRow[] = await this.selectConsent().where('c.workspace_id', '=', workspaceId).orderBy('c.granted_at', 'desc').orderBy('c.id', 'desc').execute();
    return rows.map(toConsent);
  }

  /**
   * Whether the consent is still given, holding it so until the caller's transaction ends: on
   * PostgreSQL a withdrawal waits for the row (FOR SHARE); SQLite runs one writer at a time.
   */
  async holdLive(id: string): Promise<boolean> {
    let query = this.db.selectFrom('consents').select('revoked_at').where('id', '=', id);
    if (isPostgres(this.db)) query = query.forShare();
    const row = await query.executeTakeFirst();
    return row !== undefined && row.revoked_at === null;
  }

  async revoke(id: string, revokedBy: string): Promise<boolean> {
    const result = await this.db
      .updateTable('consents')
      .set({ revoked_at: nowIso(), revoked_by: revokedBy })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return affected(result) > 0;
  }

  private selectConsent() {
    return this.db.selectFrom('consents as c').innerJoin('users as u', 'u.id', 'c.granted_by').selectAll('c').select('u.display_name as granted_by_name');
  }
}
