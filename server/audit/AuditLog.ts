import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { inTransaction } from '../data/engine';
import type { AuditEventView, AuditPage, AuditVerification } from '../../shared/api';
import { nowIso } from '../accounts/secrets';
import { chainOf, genesisHash, lockChain, readHead, rowHash, verifyChain, writeHead } from './auditChain';
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
  // Which meeting agreed a version; which required participant each member covers.
  | 'version.meeting_linked'
  | 'member.coverage_changed'
  | 'schedule.meeting_created'
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
  private readonly reads: ReadDeduper;

  /**
   * Rows written before the chain existed are linked by `chainUnchainedRows` when the data
   * layer opens. `reads` is shared when a copy of this log works inside a transaction.
   */
  constructor(
    private readonly db: Kysely<Database>,
    reads: ReadDeduper = new ReadDeduper(),
  ) {
    this.reads = reads;
  }

  /** This log writing inside `trx`, so its entries commit or roll back with the change they record. */
  within(trx: Kysely<Database>): AuditLog {
    return new AuditLog(trx, this.reads);
  }

  // The head is read and advanced under the chain's lock, so two writers (even two processes
  // on one SQLite file, or two instances on one PostgreSQL) never link onto the same row.
  private append(entry: AuditEntry): Promise<void> {
    const row = {
      at: nowIso(),
      workspace_id: entry.workspaceId ?? null,
      actor_id: entry.actorId ?? null,
      action: entry.action,
      subject: entry.subject ?? null,
      details: entry.details ? JSON.stringify(entry.details) : null,
    };
    const chain = chainOf(row.workspace_id);
    return inTransaction(this.db, async (trx) => {
      await lockChain(trx, chain);
      const prev = (await readHead(trx, chain))?.hash ?? genesisHash;
      const hash = rowHash(prev, row);
      const inserted = await trx.insertInto('audit_events').values({ ...row, prev_hash: prev, hash }).returning('id').executeTakeFirstOrThrow();
      await writeHead(trx, chain, Number(inserted.id), hash);
    });
  }

  async record(entry: AuditEntry): Promise<void> {
    await this.append(entry);
  }

  /**
   * A read of a child's record. The same person reading the same thing again within a few
   * minutes (a page refreshing itself, a reload) adds no row: the log should show who looked
   * at what, not how often their browser polled.
   */
  async recordRead(entry: AuditEntry): Promise<void> {
    if (this.reads.isRepeat(entry)) return;
    await this.append(entry);
  }

  async list(workspaceId: string, filter: AuditFilter): Promise<AuditPage> {
    let query = this.db
      .selectFrom('audit_events as a')
      .leftJoin('users as u', 'u.id', 'a.actor_id')
      .select(['a.id', 'a.at', 'a.actor_id', 'u.display_name as actor_name', 'a.action', 'a.subject', 'a.details'])
      .where('a.workspace_id', '=', workspaceId);
    if (filter.actorId) query = query.where('a.actor_id', '=', filter.actorId);
    if (filter.action) query = query.where('a.action', '=', filter.action);
    if (filter.from) query = query.where('a.at', '>=', filter.from);
    if (filter.to) query = query.where('a.at', '<=', filter.to);
    if (filter.beforeId !== undefined) query = query.where('a.id', '<', filter.beforeId);
    // One more than asked tells whether an older page exists.
    const rows: AuditRow[] = await query.orderBy('a.id', 'desc').limit(filter.limit + 1).execute();
    const page = rows.slice(0, filter.limit);
    return {
      events: page.map(toView),
      nextCursor: rows.length > filter.limit ? String(page[page.length - 1]!.id) : null,
    };
  }

  verify(workspaceId: string): Promise<AuditVerification> {
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
