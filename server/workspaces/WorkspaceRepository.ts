import type Database from 'better-sqlite3';
import type { MemberView, WorkspaceSummary } from '../../shared/api';
import { isRole, roleDefinitions, type Role } from '../../shared/roles';
import { defaultTimeZone } from '../../shared/timeZone';
import { requiredParticipants, type RequiredParticipant } from '../../shared/schema/iepVocabulary';
import { defaultCovers } from '../../shared/schema/meetingTeam';
import { newId, nowIso } from '../accounts/secrets';

interface WorkspaceRow {
  id: string;
  student_name: string;
  grade_or_birth_date: string;
  school: string;
  time_zone: string;
  role: string;
}

interface MemberRow {
  user_id: string;
  display_name: string;
  email: string;
  role: string;
  consent_id: string | null;
  created_at: string;
  email_verified_at: string | null;
  covers: string | null;
}

export interface NewWorkspace {
  readonly studentName: string;
  readonly gradeOrBirthDate: string;
  readonly school: string;
  /** IANA zone; UTC when not given. */
  readonly timeZone?: string;
}

export interface Membership {
  readonly role: Role;
  readonly consentId: string | null;
}

const roleOf = (value: string): Role => (isRole(value) ? value : 'observer');

const toSummary = (row: WorkspaceRow): WorkspaceSummary => ({
  id: row.id,
  studentName: row.student_name,
  gradeOrBirthDate: row.grade_or_birth_date,
  school: row.school,
  timeZone: row.time_zone,
  role: roleOf(row.role),
});

/** Student workspaces and who belongs to them, with which role. */
export class WorkspaceRepository {
  constructor(private readonly db: Database.Database) {}

  /** Creates the workspace with its creator as case manager, in one transaction. */
  create(creatorId: string, input: NewWorkspace): WorkspaceSummary {
    const id = newId('ws');
    const at = nowIso();
    const timeZone = input.timeZone ?? defaultTimeZone;
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO workspaces (id, student_name, grade_or_birth_date, school, time_zone, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        )
        .run(id, input.studentName, input.gradeOrBirthDate, input.school, timeZone, creatorId, at);
      this.addMember(id, creatorId, 'case_manager', null);
    })();
    return { id, studentName: input.studentName, gradeOrBirthDate: input.gradeOrBirthDate, school: input.school, timeZone, role: 'case_manager' };
  }

  listForUser(userId: string): WorkspaceSummary[] {
    return this.db
      .prepare<[string], WorkspaceRow>(
        `SELECT w.id, w.student_name, w.grade_or_birth_date, w.school, w.time_zone, m.role FROM workspaces w
         JOIN memberships m ON m.workspace_id = w.id WHERE m.user_id = ? ORDER BY w.student_name`,
      )
      .all(userId)
      .map(toSummary);
  }

  /** The workspace as this user sees it, or null when they are not a member (or it does not exist). */
  findForUser(workspaceId: string, userId: string): WorkspaceSummary | null {
    const row = this.db
      .prepare<[string, string], WorkspaceRow>(
        `SELECT w.id, w.student_name, w.grade_or_birth_date, w.school, w.time_zone, m.role FROM workspaces w
         JOIN memberships m ON m.workspace_id = w.id WHERE w.id = ? AND m.user_id = ?`,
      )
      .get(workspaceId, userId);
    return row ? toSummary(row) : null;
  }

  /** The student record a workspace holds ('' fields when it does not exist). */
  student(workspaceId: string): { studentName: string; gradeOrBirthDate: string; school: string } {
    const row = this.db
      .prepare<[string], { student_name: string; grade_or_birth_date: string; school: string }>(
        'SELECT student_name, grade_or_birth_date, school FROM workspaces WHERE id = ?',
      )
      .get(workspaceId);
    return { studentName: row?.student_name ?? '', gradeOrBirthDate: row?.grade_or_birth_date ?? '', school: row?.school ?? '' };
  }

  /** The workspace's IANA time zone (UTC when unknown). */
  timeZone(workspaceId: string): string {
    const row = this.db.prepare<[string], { time_zone: string }>('SELECT time_zone FROM workspaces WHERE id = ?').get(workspaceId);
    return row?.time_zone ?? defaultTimeZone;
  }

  setTimeZone(workspaceId: string, timeZone: string): void {
    this.db.prepare('UPDATE workspaces SET time_zone = ? WHERE id = ?').run(timeZone, workspaceId);
  }

  studentName(workspaceId: string): string | null {
    const row = this.db.prepare<[string], { student_name: string }>('SELECT student_name FROM workspaces WHERE id = ?').get(workspaceId);
    return row?.student_name ?? null;
  }

  membership(workspaceId: string, userId: string): Membership | null {
    const row = this.db
      .prepare<[string, string], { role: string; consent_id: string | null }>(
        'SELECT role, consent_id FROM memberships WHERE workspace_id = ? AND user_id = ?',
      )
      .get(workspaceId, userId);
    return row ? { role: roleOf(row.role), consentId: row.consent_id } : null;
  }

  members(workspaceId: string): MemberView[] {
    return this.db
      .prepare<[string], MemberRow>(
        `SELECT m.user_id, u.display_name, u.email, u.email_verified_at, m.role, m.consent_id, m.created_at, m.covers FROM memberships m
         JOIN users u ON u.id = m.user_id WHERE m.workspace_id = ? ORDER BY m.created_at`,
      )
      .all(workspaceId)
      .map((row) => {
        const role = roleOf(row.role);
        const chosen = parseCovers(row.covers);
        return {
          covers: chosen ?? defaultCovers(role),
          coversSet: chosen !== null,
          userId: row.user_id,
          displayName: row.display_name,
          email: row.email,
          role,
          setting: roleDefinitions[role].setting,
          joinedAt: row.created_at,
          emailVerified: row.email_verified_at !== null,
        };
      });
  }

  addMember(workspaceId: string, userId: string, role: Role, consentId: string | null): void {
    this.db
      .prepare(
        `INSERT INTO memberships (workspace_id, user_id, role, consent_id, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (workspace_id, user_id) DO UPDATE SET role = excluded.role, consent_id = excluded.consent_id`,
      )
      .run(workspaceId, userId, role, consentId, nowIso());
  }

  /** Which required participants a member covers at meetings; null returns them to their role's default. */
  setCovers(workspaceId: string, userId: string, covers: readonly RequiredParticipant[] | null): boolean {
    const value = covers === null ? null : JSON.stringify(requiredParticipants.filter((participant) => covers.includes(participant)));
    return this.db.prepare('UPDATE memberships SET covers = ? WHERE workspace_id = ? AND user_id = ?').run(value, workspaceId, userId).changes > 0;
  }

  setRole(workspaceId: string, userId: string, role: Role): boolean {
    return this.db.prepare('UPDATE memberships SET role = ? WHERE workspace_id = ? AND user_id = ?').run(role, workspaceId, userId).changes > 0;
  }

  removeMember(workspaceId: string, userId: string): boolean {
    return this.db.prepare('DELETE FROM memberships WHERE workspace_id = ? AND user_id = ?').run(workspaceId, userId).changes > 0;
  }

  /** Members whose access rests on this consent (removed when it is revoked). */
  membersByConsent(consentId: string): string[] {
    return this.db
      .prepare<[string], { user_id: string }>('SELECT user_id FROM memberships WHERE consent_id = ?')
      .all(consentId)
      .map((row) => row.user_id);
  }

  countWithRole(workspaceId: string, role: Role): number {
    return this.db
      .prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM memberships WHERE workspace_id = ? AND role = ?')
      .get(workspaceId, role)!.n;
  }
}

/** Stored covers, or null when none were set (or the value is not a list of participants). */
function parseCovers(json: string | null): RequiredParticipant[] | null {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? requiredParticipants.filter((participant) => value.includes(participant)) : null;
}
