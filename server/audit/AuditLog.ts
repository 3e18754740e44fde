import type Database from 'better-sqlite3';
import type { AuditEventView, AuditPage, AuditVerification } from '../../shared/api';
import { nowIso } from '../accounts/secrets';
import { chainOf, chainUnchainedRows, genesisHash, readHead, rowHash, verifyChain, writeHead } from './auditChain';
import { ReadDeduper } from './ReadDeduper';

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
  | 'workspace.time_zone_changed'
  // Reads of a child's record (recorded through `recordRead`).
  | 'workspace.viewed'
  | 'versions.listed'
  | 'version.read'
  | 'version.compared'
  | 'comments.read'
  | 'inbox.read'
  | 'account.email_verified'
  | 'member.email_confirmed'
  | 'account.password_changed'
  | 'account.password_reset'
  | 'account.signed_out_everywhere'
  // The child's week, the service log, session notes and calendar feeds.
  | 'schedule.viewed'
  | 'schedule.session_added'
  | 'schedule.session_changed'
  | 'schedule.session_removed'
  | 'schedule.session_cancelled'
  | 'schedule.session_restored'
  | 'schedule.holiday_set'
  | 'schedule.settings_changed'
  | 'schedule.conflict_accepted'
  | 'schedule.conflict_reopened'
  | 'service_log.viewed'
  | 'service_log.recorded'
  | 'note.shared'
  | 'notes.viewed'
  | 'calendar_feed.created'
  | 'calendar_feed.revoked'
  | 'suggestion.decided'
  | 'suggestion.modes_changed'
  | 'history.read'
  // Translations of record.
  | 'translations.read'
  | 'translation.saved';

export interface AuditEntry {
  readonly workspaceId?: string | null;
  readonly actorId?: string | null;
  readonly action: AuditAction;
  /** What was acted on: a user id, document name, invitation id. Never content. */
  readonly subject?: string | null;
  readonly details?: Readonly<Record<string, string>>;
}

export interface AuditFilter {
  readonly actorId?: string;
  readonly action?: string;
  /** Inclusive ISO instants. */
  readonly from?: string;
  readonly to?: string;
  /** Only events older than this id (the cursor of the previous page). */
  readonly beforeId?: number;
  readonly limit: number;
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  subject: string | null;
  details: string | null;
}

/**
 * Every disclosure and access change, append-only: who, when, what (privacy rules in
 * PRODUCT.md). Rows are hash-chained per workspace and a trigger refuses UPDATE and DELETE;
 * `verify` walks a chain and reports the first broken link.
 */
export class AuditLog {
  private readonly reads = new ReadDeduper();
  private readonly append;

  constructor(private readonly db: Database.Database) {
    chainUnchainedRows(db);
    const insert = db.prepare<[string, string | null, string | null, string, string | null, string | null, string, string]>(
      'INSERT INTO audit_events (at, workspace_id, actor_id, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // IMMEDIATE: the head is read and advanced under the write lock, so two writers (even two
    // processes on one file) can never link onto the same previous row.
    this.append = (entry: AuditEntry) =>
      db
        .transaction(() => {
          const row = {
            at: nowIso(),
            workspace_id: entry.workspaceId ?? null,
            actor_id: entry.actorId ?? null,
            action: entry.action,
            subject: entry.subject ?? null,
            details: entry.details ? JSON.stringify(entry.details) : null,
          };
          const chain = chainOf(row.workspace_id);
          const prev = readHead(db, chain)?.hash ?? genesisHash;
          const hash = rowHash(prev, row);
          const { lastInsertRowid } = insert.run(row.at, row.workspace_id, row.actor_id, row.action, row.subject, row.details, prev, hash);
          writeHead(db, chain, Number(lastInsertRowid), hash);
        })
        .immediate();
  }

  record(entry: AuditEntry): void {
    this.append(entry);
  }

  /**
   * A read of a child's record. The same person reading the same thing again within a few
   * minutes (a page refreshing itself, a reload) adds no row: the log should show who looked
   * at what, not how often their browser polled.
   */
  recordRead(entry: AuditEntry): void {
    if (this.reads.isRepeat(entry)) return;
    this.append(entry);
  }

  list(workspaceId: string, filter: AuditFilter): AuditPage {
    const where = ['a.workspace_id = ?'];
    const params: (string | number)[] = [workspaceId];
    if (filter.actorId) where.push('a.actor_id = ?'), params.push(filter.actorId);
    if (filter.action) where.push('a.action = ?'), params.push(filter.action);
    if (filter.from) where.push('a.at >= ?'), params.push(filter.from);
    if (filter.to) where.push('a.at <= ?'), params.push(filter.to);
    if (filter.beforeId !== undefined) where.push('a.id < ?'), params.push(filter.beforeId);
    // One more than asked tells whether an older page exists.
    const rows = this.db
      .prepare<(string | number)[], AuditRow>(
        `SELECT a.id, a.at, a.actor_id, u.display_name AS actor_name, a.action, a.subject, a.details FROM audit_events a
         LEFT JOIN users u ON u.id = a.actor_id WHERE ${where.join(' AND ')} ORDER BY a.id DESC LIMIT ?`,
      )
      .all(...params, filter.limit + 1);
    const page = rows.slice(0, filter.limit);
    return {
      events: page.map(toView),
      nextCursor: rows.length > filter.limit ? String(page[page.length - 1]!.id) : null,
    };
  }

  verify(workspaceId: string): AuditVerification {
    return verifyChain(this.db, workspaceId);
  }
}

function toView(row: AuditRow): AuditEventView {
  return {
    id: row.id,
    at: row.at,
    actorId: row.actor_id,
    actorName: row.actor_name,
    action: row.action,
    subject: row.subject,
    details: row.details ? (JSON.parse(row.details) as Record<string, string>) : null,
  };
}
