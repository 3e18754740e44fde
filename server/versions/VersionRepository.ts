import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { inTransaction, isPostgres } from '../data/engine';
import { sql } from 'kysely';
import type { AgreedMeetingView, SignatureDecision, SignatureView, VersionView } from '../../shared/api';
import { isMeetingKind } from '../../shared/schema/vocabulary';
import { isRole } from '../../shared/roles';
import { defaultTimeZone } from '../../shared/timeZone';
import { newId, nowIso } from '../accounts/secrets';
import { canonicalJson } from './canonicalJson';
import { documentCode, parseVersionRecord, sha256Hex, versionFingerprint, type VersionRecord } from './versionRecord';

interface VersionRow {
  id: string;
  workspace_id: string;
  number: number;
  title: string;
  hash: string;
  proposed_by: string;
  proposer_name: string;
  proposed_at: string;
  required_signers: string;
  reason: string;
  record: string | null;
  agreed_meeting: string | null;
}

interface SignatureRow {
  user_id: string;
  name: string;
  role: string;
  decision: SignatureDecision;
  statement: string;
  version_hash: string;
  signed_at: string;
  typed_name: string;
  affirmation: string;
  time_zone: string;
  method: string;
}

export interface StoredVersion extends VersionView {
  readonly workspaceId: string;
}

export const hashState = (state: Uint8Array): string => sha256Hex(state);

export type NewVersionRecord = Omit<VersionRecord, 'format' | 'proposedAt' | 'planSha256'>;

export interface NewSignature {
  readonly versionId: string;
  readonly userId: string;
  /** The signer's name as the team knows it at the moment of signing. */
  readonly name: string;
  readonly role: string;
  readonly decision: SignatureDecision;
  readonly statement: string;
  readonly versionHash: string;
  readonly typedName: string;
  readonly affirmation: string;
  readonly timeZone: string;
  readonly method: string;
}

/**
 * Frozen plan versions and the signatures on them. A version keeps the exact Yjs state bytes,
 * the record of everything else it shows, and its fingerprint; a signature names that
 * fingerprint, so what was signed can always be shown.
 */
export class VersionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async propose(input: { workspaceId: string; title: string; state: Uint8Array; proposedBy: string; requiredSigners: readonly string[]; record: NewVersionRecord; agreedAt?: AgreedMeetingView | null }): Promise<StoredVersion> {
    const id = newId('ver');
    await inTransaction(this.db, async (trx) => {
      // Two proposals at once must not take the same number: PostgreSQL serialises them on the
      // workspace row (SQLite already runs one writer at a time).
      if (isPostgres(trx)) await sql`SELECT 1 FROM workspaces WHERE id = ${input.workspaceId} FOR UPDATE`.execute(trx);
      const { n: next } = await trx
        .selectFrom('plan_versions')
        .select(sql<number>`COALESCE(MAX(number), 0) + 1`.as('n'))
        .where('workspace_id', '=', input.workspaceId)
        .executeTakeFirstOrThrow();
      const proposedAt = nowIso();
      const record: VersionRecord = { format: 1, ...input.record, proposedAt, planSha256: sha256Hex(input.state) };
      await trx
        .insertInto('plan_versions')
        .values({
          id,
          workspace_id: input.workspaceId,
          number: Number(next),
          title: input.title,
          state: Buffer.from(input.state),
          hash: versionFingerprint(input.workspaceId, Number(next), record),
          proposed_by: input.proposedBy,
          proposed_at: proposedAt,
          required_signers: JSON.stringify(input.requiredSigners),
          reason: record.reason,
          record: canonicalJson(record),
          agreed_meeting: input.agreedAt ? canonicalJson(input.agreedAt) : null,
        })
        .execute();
    });
    return (await this.find(input.workspaceId, id))!;
  }

  async find(workspaceId: string, versionId: string): Promise<StoredVersion | null> {
    const row: VersionRow | undefined = await this.selectVersion().where('v.workspace_id', '=', workspaceId).where('v.id', '=', versionId).executeTakeFirst();
    return row ? this.toView(row) : null;
  }

  async list(workspaceId: string): Promise<StoredVersion[]> {
    const rows: VersionRow[] = await this.selectVersion().where('v.workspace_id', '=', workspaceId).orderBy('v.number', 'desc').execute();
    return Promise.all(rows.map((row) => this.toView(row)));
  }

  async state(versionId: string): Promise<Uint8Array> {
    const row = await this.db.selectFrom('plan_versions').select('state').where('id', '=', versionId).executeTakeFirst();
    if (!row) throw new Error(`no version ${versionId}`);
    return new Uint8Array(row.state);
  }

  /** The frozen record; null for a version proposed before records were kept. */
  async record(versionId: string): Promise<VersionRecord | null> {
    const row = await this.db.selectFrom('plan_versions').select('record').where('id', '=', versionId).executeTakeFirst();
    return parseVersionRecord(row?.record ?? null);
  }

  /** Links the meeting where the version is agreed (null unlinks); the caller refuses it once agreed. */
  async linkMeeting(versionId: string, meeting: AgreedMeetingView | null): Promise<void> {
    await this.db.updateTable('plan_versions').set({ agreed_meeting: meeting ? canonicalJson(meeting) : null }).where('id', '=', versionId).execute();
  }

  async setRequiredSigners(versionId: string, userIds: readonly string[]): Promise<void> {
    await this.db.updateTable('plan_versions').set({ required_signers: JSON.stringify(userIds) }).where('id', '=', versionId).execute();
  }

  /** Records a signature; false if this person already signed this version (signatures are final). */
  async sign(input: NewSignature): Promise<boolean> {
    const inserted = await this.db
      .insertInto('signatures')
      .values({
        version_id: input.versionId,
        user_id: input.userId,
        role: input.role,
        decision: input.decision,
        statement: input.statement,
        version_hash: input.versionHash,
        signed_at: nowIso(),
        typed_name: input.typedName,
        affirmation: input.affirmation,
        time_zone: input.timeZone,
        method: input.method,
        signer_name: input.name,
      })
      // No target: PostgreSQL keys signatures by workspace first, SQLite by version and signer.
      .onConflict((oc) => oc.doNothing())
      .returning('user_id')
      .execute();
    return inserted.length > 0;
  }

  private selectVersion() {
    return this.db
      .selectFrom('plan_versions as v')
      .innerJoin('users as u', 'u.id', 'v.proposed_by')
      .select(['v.id', 'v.workspace_id', 'v.number', 'v.title', 'v.hash', 'v.proposed_by', 'u.display_name as proposer_name'])
      .select(['v.proposed_at', 'v.required_signers', 'v.reason', 'v.record', 'v.agreed_meeting']);
  }

  private async toView(row: VersionRow): Promise<StoredVersion> {
    const signatureRows = await this.db
      .selectFrom('signatures as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select(['s.user_id', sql<string>`COALESCE(NULLIF(s.signer_name, ''), u.display_name)`.as('name'), 's.role', 's.decision', 's.statement', 's.version_hash'])
      .select(['s.signed_at', 's.typed_name', 's.affirmation', 's.time_zone', 's.method'])
      .where('s.version_id', '=', row.id)
      .orderBy('s.signed_at')
      .orderBy('s.user_id')
      .execute();
    const signatures = (signatureRows as SignatureRow[]).map(
        (s): SignatureView => ({
          userId: s.user_id,
          name: s.name,
          role: isRole(s.role) ? s.role : 'observer',
          decision: s.decision,
          statement: s.statement,
          versionHash: s.version_hash,
          signedAt: s.signed_at,
          typedName: s.typed_name,
          affirmation: s.affirmation,
          timeZone: s.time_zone,
          method: s.method,
        }),
      );
    const record = parseVersionRecord(row.record);
    const requiredSigners = JSON.parse(row.required_signers) as string[];
    const agreedBy = new Set(signatures.filter((s) => s.decision !== 'disagree').map((s) => s.userId));
    // A disagreement is final and stays on this version: it can never become agreed.
    const disagreed = signatures.some((s) => s.decision === 'disagree');
    const agreed = !disagreed && requiredSigners.length > 0 && requiredSigners.every((userId) => agreedBy.has(userId));
    return {
      id: row.id,
      workspaceId: row.workspace_id,
      number: row.number,
      title: row.title,
      hash: row.hash,
      documentCode: documentCode(row.hash),
      reason: row.reason,
      timeZone: record?.timeZone ?? defaultTimeZone,
      // The proposer's name as it was: a later change of display name does not rewrite the record.
      proposedBy: record ? record.proposedBy : { userId: row.proposed_by, name: row.proposer_name },
      proposedAt: row.proposed_at,
      status: agreed ? 'agreed' : 'proposed',
      requiredSigners,
      signatures,
      agreedAt: parseAgreedMeeting(row.agreed_meeting),
      recordFrozen: record !== null,
    };
  }
}

function parseAgreedMeeting(json: string | null): AgreedMeetingView | null {
  if (!json) return null;
  const value = JSON.parse(json) as Partial<AgreedMeetingView>;
  if (typeof value.meetingId !== 'string' || typeof value.title !== 'string' || typeof value.startsAt !== 'string' || !isMeetingKind(value.kind)) return null;
  return { meetingId: value.meetingId, kind: value.kind, title: value.title, startsAt: value.startsAt };
}
