import type Database from 'better-sqlite3';
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

const selectVersion = `SELECT v.id, v.workspace_id, v.number, v.title, v.hash, v.proposed_by, u.display_name AS proposer_name,
  v.proposed_at, v.required_signers, v.reason, v.record, v.agreed_meeting FROM plan_versions v JOIN users u ON u.id = v.proposed_by`;

/**
 * Frozen plan versions and the signatures on them. A version keeps the exact Yjs state bytes,
 * the record of everything else it shows, and its fingerprint; a signature names that
 * fingerprint, so what was signed can always be shown.
 */
export class VersionRepository {
  constructor(private readonly db: Database.Database) {}

  propose(input: { workspaceId: string; title: string; state: Uint8Array; proposedBy: string; requiredSigners: readonly string[]; record: NewVersionRecord; agreedAt?: AgreedMeetingView | null }): StoredVersion {
    const id = newId('ver');
    this.db.transaction(() => {
      const next = this.db
        .prepare<[string], { n: number }>('SELECT COALESCE(MAX(number), 0) + 1 AS n FROM plan_versions WHERE workspace_id = ?')
        .get(input.workspaceId)!.n;
      const proposedAt = nowIso();
      const record: VersionRecord = { format: 1, ...input.record, proposedAt, planSha256: sha256Hex(input.state) };
      this.db
        .prepare(
          `INSERT INTO plan_versions (id, workspace_id, number, title, state, hash, proposed_by, proposed_at, required_signers, reason, record, agreed_meeting)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          id,
          input.workspaceId,
          next,
          input.title,
          input.state,
          versionFingerprint(input.workspaceId, next, record),
          input.proposedBy,
          proposedAt,
          JSON.stringify(input.requiredSigners),
          record.reason,
          canonicalJson(record),
          input.agreedAt ? canonicalJson(input.agreedAt) : null,
        );
    })();
    return this.find(input.workspaceId, id)!;
  }

  find(workspaceId: string, versionId: string): StoredVersion | null {
    const row = this.db.prepare<[string, string], VersionRow>(`${selectVersion} WHERE v.workspace_id = ? AND v.id = ?`).get(workspaceId, versionId);
    return row ? this.toView(row) : null;
  }

  list(workspaceId: string): StoredVersion[] {
    return this.db
      .prepare<[string], VersionRow>(`${selectVersion} WHERE v.workspace_id = ? ORDER BY v.number DESC`)
      .all(workspaceId)
      .map((row) => this.toView(row));
  }

  state(versionId: string): Uint8Array {
    const row = this.db.prepare<[string], { state: Buffer }>('SELECT state FROM plan_versions WHERE id = ?').get(versionId);
    if (!row) throw new Error(`no version ${versionId}`);
    return new Uint8Array(row.state);
  }

  /** The frozen record; null for a version proposed before records were kept. */
  record(versionId: string): VersionRecord | null {
    const row = this.db.prepare<[string], { record: string | null }>('SELECT record FROM plan_versions WHERE id = ?').get(versionId);
    return parseVersionRecord(row?.record ?? null);
  }

  /** Links the meeting where the version is agreed (null unlinks); the caller refuses it once agreed. */
  linkMeeting(versionId: string, meeting: AgreedMeetingView | null): void {
    this.db.prepare('UPDATE plan_versions SET agreed_meeting = ? WHERE id = ?').run(meeting ? canonicalJson(meeting) : null, versionId);
  }

  setRequiredSigners(versionId: string, userIds: readonly string[]): void {
    this.db.prepare('UPDATE plan_versions SET required_signers = ? WHERE id = ?').run(JSON.stringify(userIds), versionId);
  }

  /** Records a signature; false if this person already signed this version (signatures are final). */
  sign(input: NewSignature): boolean {
    const result = this.db
      .prepare(
        `INSERT INTO signatures (version_id, user_id, role, decision, statement, version_hash, signed_at, typed_name, affirmation, time_zone, method, signer_name)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (version_id, user_id) DO NOTHING`,
      )
      .run(
        input.versionId,
        input.userId,
        input.role,
        input.decision,
        input.statement,
        input.versionHash,
        nowIso(),
        input.typedName,
        input.affirmation,
        input.timeZone,
        input.method,
        input.name,
      );
    return result.changes > 0;
  }

  private toView(row: VersionRow): StoredVersion {
    const signatures = this.db
      .prepare<[string], SignatureRow>(
        `SELECT s.user_id, COALESCE(NULLIF(s.signer_name, ''), u.display_name) AS name, s.role, s.decision, s.statement, s.version_hash,
           s.signed_at, s.typed_name, s.affirmation, s.time_zone, s.method
         FROM signatures s JOIN users u ON u.id = s.user_id WHERE s.version_id = ? ORDER BY s.signed_at, s.user_id`,
      )
      .all(row.id)
      .map(
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
    };
  }
}

function parseAgreedMeeting(json: string | null): AgreedMeetingView | null {
  if (!json) return null;
  const value = JSON.parse(json) as Partial<AgreedMeetingView>;
  if (typeof value.meetingId !== 'string' || typeof value.title !== 'string' || typeof value.startsAt !== 'string' || !isMeetingKind(value.kind)) return null;
  return { meetingId: value.meetingId, kind: value.kind, title: value.title, startsAt: value.startsAt };
}
