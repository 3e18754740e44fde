import type Database from 'better-sqlite3';
import type { AuditEventView } from '../../shared/api';
import { nowIso } from '../accounts/secrets';

export type AuditAction =
  | 'account.signed_up'
  | 'account.signed_in'
  | 'account.sign_in_failed'
  | 'account.signed_out'
  | 'token.created'
  | 'token.revoked'
  | 'workspace.created'
  | 'member.invited'
  | 'invitation.revoked'
  | 'member.joined'
  | 'member.role_changed'
  | 'member.removed'
  | 'consent.granted'
  | 'consent.revoked'
  | 'document.opened'
  | 'version.proposed'
  | 'version.signers_changed'
  | 'version.signed'
  | 'plan.exported'
  | 'account.email_verified'
  | 'member.email_confirmed'
  | 'account.password_changed'
  | 'account.password_reset'
  | 'account.signed_out_everywhere';

export interface AuditEntry {
  readonly workspaceId?: string | null;
  readonly actorId?: string | null;
  readonly action: AuditAction;
  /** What was acted on: a user id, document name, invitation id. Never content. */
  readonly subject?: string | null;
  readonly details?: Readonly<Record<string, string>>;
}

interface AuditRow {
  id: number;
  at: string;
  actor_name: string | null;
  action: string;
  subject: string | null;
  details: string | null;
}

/** Every disclosure and access change, append-only: who, when, what (privacy rules in PRODUCT.md). */
export class AuditLog {
  constructor(private readonly db: Database.Database) {}

  record(entry: AuditEntry): void {
    this.db
      .prepare('INSERT INTO audit_events (at, workspace_id, actor_id, action, subject, details) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        nowIso(),
        entry.workspaceId ?? null,
        entry.actorId ?? null,
        entry.action,
        entry.subject ?? null,
        entry.details ? JSON.stringify(entry.details) : null,
      );
  }

  listForWorkspace(workspaceId: string, limit = 500): AuditEventView[] {
    return this.db
      .prepare<[string, number], AuditRow>(
        `SELECT a.id, a.at, u.display_name AS actor_name, a.action, a.subject, a.details FROM audit_events a
         LEFT JOIN users u ON u.id = a.actor_id WHERE a.workspace_id = ? ORDER BY a.id DESC LIMIT ?`,
      )
      .all(workspaceId, limit)
      .map((row) => ({
        id: row.id,
        at: row.at,
        actorName: row.actor_name,
        action: row.action,
        subject: row.subject,
        details: row.details ? (JSON.parse(row.details) as Record<string, string>) : null,
      }));
  }
}
