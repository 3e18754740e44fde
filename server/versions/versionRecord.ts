import { createHash } from 'node:crypto';
import type { ExportMeeting, ExportStudent, TeamMember } from '../export/ExportInput';
import { canonicalJson } from './canonicalJson';
import type { RecordedTranslation } from '../translations/TranslationRepository';

/**
 * Everything a version shows besides the plan, frozen when it is proposed: the team as it was,
 * the student record, the meetings and attendance it includes, the workspace's time zone, who
 * proposed it and when. Exports of a version read this, never the live workspace, so a member
 * who joins later or a meeting scheduled later never appears inside a signed plan.
 */
export interface VersionRecord {
  readonly format: 1;
  readonly student: ExportStudent;
  readonly team: readonly TeamMember[];
  readonly meetings: readonly ExportMeeting[];
  readonly timeZone: string;
  readonly proposedBy: { readonly userId: string; readonly name: string };
  readonly proposedAt: string;
  /** SHA-256 of the frozen Yjs state bytes of the plan, hex. */
  readonly planSha256: string;
  /** Why an unchanged plan was proposed again; '' otherwise. */
  readonly reason: string;
  /** Translations of record as they stood, each with the words it translated; absent when there were none. */
  readonly translations?: readonly RecordedTranslation[];
}

export const sha256Hex = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The version's fingerprint: SHA-256 over the canonical serialisation of its number, its
 * workspace and its whole record (which names the plan's own hash). Two versions never share
 * one, even of an unchanged plan, because their numbers differ.
 */
export function versionFingerprint(workspaceId: string, number: number, record: VersionRecord): string {
  return sha256Hex(canonicalJson({ kind: 'bridgeplan.plan-version', workspaceId, number, record }));
}

/** "1656-5e7d": a short form of the fingerprint a parent can read aloud and compare. */
export function documentCode(hash: string): string {
  return `${hash.slice(0, 4)}-${hash.slice(4, 8)}`;
}

export function parseVersionRecord(json: string | null): VersionRecord | null {
  if (!json) return null;
  const value = JSON.parse(json) as VersionRecord;
  return value.format === 1 ? value : null;
}
