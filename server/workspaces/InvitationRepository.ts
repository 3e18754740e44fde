import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected } from '../data/engine';
import type { InvitationView } from '../../shared/api';
import { isRole, type Role } from '../../shared/roles';
import { defaultLanguage, isLanguage, type Language } from '../../shared/i18n/languages';
import { hashSecret, newId, newSecret, nowIso } from '../accounts/secrets';
import { creationTime } from '../data/creationTime';

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
    private readonly db: Kysely<Database>,
    private readonly lifetimeMs: number,
  ) {}

  async create(input: { workspaceId: string; email: string; role: Role; invitedBy: string; consentId: string | null; language?: Language }): Promise<{
    invitation: Invitation;
    secret: string;
  }> {
    const secret = newSecret('inv_');
    const id = newId('inv');
    const expiresAt = new Date(Date.now() + this.lifetimeMs).toISOString();
    await this.db
      .insertInto('invitations')
      .values({
        id,
        token_hash: hashSecret(secret),
        workspace_id: input.workspaceId,
        email: input.email,
        role: input.role,
        invited_by: input.invitedBy,
        consent_id: input.consentId,
        created_at: creationTime(),
        expires_at: expiresAt,
        language: input.language ?? defaultLanguage,
      })
      .execute();
    return { invitation: (await this.findById(id))!, secret };
  }

  async findById(id: string): Promise<Invitation | null> {
    const row: InvitationRow | undefined = await this.selectInvitation().where('i.id', '=', id).executeTakeFirst();
    return row ? toInvitation(row) : null;
  }

  async findBySecret(secret: string): Promise<Invitation | null> {
    const row: InvitationRow | undefined = await this.selectInvitation().where('i.token_hash', '=', hashSecret(secret)).executeTakeFirst();
    return row ? toInvitation(row) : null;
  }

  async listForWorkspace(workspaceId: string): Promise<Invitation[]> {
    const rows: InvitationRow[] = await this.selectInvitation().where('i.workspace_id', '=', workspaceId).orderBy('i.created_at', 'desc').orderBy('i.id', 'desc').execute();
    return rows.map(toInvitation);
  }

  /** Marks the invitation used; false if it was used, revoked or expired in the meantime. */
  async markAccepted(id: string, userId: string): Promise<boolean> {
    const at = nowIso();
    const result = await this.db
      .updateTable('invitations')
      .set({ accepted_at: at, accepted_by: userId })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', at)
      .executeTakeFirst();
    return affected(result) > 0;
  }

  async revoke(id: string): Promise<boolean> {
    const result = await this.db
      .updateTable('invitations')
      .set({ revoked_at: nowIso() })
      .where('id', '=', id)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return affected(result) > 0;
  }

  async revokeByConsent(consentId: string): Promise<void> {
    await this.db
      .updateTable('invitations')
      .set({ revoked_at: nowIso() })
      .where('consent_id', '=', consentId)
      .where('accepted_at', 'is', null)
      .where('revoked_at', 'is', null)
      .execute();
  }

  private selectInvitation() {
    return this.db.selectFrom('invitations as i').innerJoin('users as u', 'u.id', 'i.invited_by').selectAll('i').select('u.display_name as inviter_name');
  }
}
