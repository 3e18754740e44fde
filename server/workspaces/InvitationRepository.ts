import type Database from 'better-sqlite3';
import type { InvitationView } from '../../shared/api';
import { isRole, type Role } from '../../shared/roles';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/languages';
import { hashSecret, newId, newSecret, nowIso } from '../accounts/secrets';

interface InvitationRow {
  id: string;
  workspace_id: string;
  email: string;
  role: string;
  invited_by: string;
  inviter_name: string;
  consent_id: string | null;
  created_at: string;
  expires_at: string;
  accepted_at: string | null;
  revoked_at: string | null;
  language: string;
}

export interface Invitation extends InvitationView {
  readonly workspaceId: string;
  readonly invitedById: string;
  readonly consentId: string | null;
  readonly language: Language;
}

const selectInvitation = `SELECT i.*, u.display_name AS inviter_name FROM invitations i JOIN users u ON u.id = i.invited_by`;

function toInvitation(row: InvitationRow): Invitation {
  const status = row.revoked_at
    ? 'revoked'
    : row.accepted_at
      ? 'accepted'
      : Date.parse(row.expires_at) <= Date.now()
        ? 'expired'
        : 'pending';
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    email: row.email,
    role: isRole(row.role) ? row.role : 'observer',
    invitedBy: row.inviter_name,
    invitedById: row.invited_by,
    consentId: row.consent_id,
    language: isLanguage(row.language) ? row.language : defaultLanguage,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    status,
  };
}

/** Single-use invitation links: the link carries a secret, the table keeps its hash. */
export class InvitationRepository {
  constructor(
    private readonly db: Database.Database,
    private readonly lifetimeMs: number,
  ) {}

  create(input: { workspaceId: string; email: string; role: Role; invitedBy: string; consentId: string | null; language?: Language }): {
    invitation: Invitation;
    secret: string;
  } {
    const secret = newSecret('inv_');
    const id = newId('inv');
    const expiresAt = new Date(Date.now() + this.lifetimeMs).toISOString();
    this.db
      .prepare(
        `INSERT INTO invitations (id, token_hash, workspace_id, email, role, invited_by, consent_id, created_at, expires_at, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, hashSecret(secret), input.workspaceId, input.email, input.role, input.invitedBy, input.consentId, nowIso(), expiresAt, input.language ?? defaultLanguage);
    return { invitation: this.findById(id)!, secret };
  }

  findById(id: string): Invitation | null {
    const row = this.db.prepare<[string], InvitationRow>(`${selectInvitation} WHERE i.id = ?`).get(id);
    return row ? toInvitation(row) : null;
  }

  findBySecret(secret: string): Invitation | null {
    const row = this.db.prepare<[string], InvitationRow>(`${selectInvitation} WHERE i.token_hash = ?`).get(hashSecret(secret));
    return row ? toInvitation(row) : null;
  }

  listForWorkspace(workspaceId: string): Invitation[] {
    return this.db
      .prepare<[string], InvitationRow>(`${selectInvitation} WHERE i.workspace_id = ? ORDER BY i.created_at DESC`)
      .all(workspaceId)
      .map(toInvitation);
  }

  /** Marks the invitation used; false if it was used, revoked or expired in the meantime. */
  markAccepted(id: string, userId: string): boolean {
    const at = nowIso();
    return (
      this.db
        .prepare(
          `UPDATE invitations SET accepted_at = ?, accepted_by = ?
           WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?`,
        )
        .run(at, userId, id, at).changes > 0
    );
  }

  revoke(id: string): boolean {
    return this.db.prepare('UPDATE invitations SET revoked_at = ? WHERE id = ? AND accepted_at IS NULL AND revoked_at IS NULL').run(nowIso(), id).changes > 0;
  }

  revokeByConsent(consentId: string): void {
    this.db.prepare('UPDATE invitations SET revoked_at = ? WHERE consent_id = ? AND accepted_at IS NULL AND revoked_at IS NULL').run(nowIso(), consentId);
  }
}
