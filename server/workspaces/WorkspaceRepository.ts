import type { Kysely } from 'kysely';
import type { Database } from '../data/Database';
import { affected, inTransaction, isPostgres } from '../data/engine';
import type { MemberView, WorkspaceSummary } from '../../shared/api';
import { isRole, roleDefinitions, type Role } from '../../shared/roles';
import { defaultTimeZone } from '../../shared/timeZone';
import { requiredParticipants, type RequiredParticipant } from '../../shared/schema/iepVocabulary';
import { defaultCovers } from '../../shared/schema/meetingTeam';
import { newId, nowIso } from '../accounts/secrets';
import { compareStudentNames } from './studentOrder';
import { creationTime } from '../data/creationTime';

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
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates the workspace with its creator as case manager, in one transaction. */
  async create(creatorId: string, input: NewWorkspace): Promise<WorkspaceSummary> {
    const id = newId('ws');
    const at = nowIso();
    const timeZone = input.timeZone ?? defaultTimeZone;
    await inTransaction(this.db, async (trx) => {
      await trx
        .insertInto('workspaces')
        .values({ id, student_name: input.studentName, grade_or_birth_date: input.gradeOrBirthDate, school: input.school, time_zone: timeZone, created_by: creatorId, created_at: at })
        .execute();
      await new WorkspaceRepository(trx).addMember(id, creatorId, 'case_manager', null);
    });
    return { id, studentName: input.studentName, gradeOrBirthDate: input.gradeOrBirthDate, school: input.school, timeZone, role: 'case_manager' };
  }

  async listForUser(userId: string): Promise<WorkspaceSummary[]> {
    const rows: WorkspaceRow[] = await this.selectSummaries().where('m.user_id', '=', userId).execute();
    return rows.map(toSummary).sort(compareStudentNames);
  }

  /** The workspace as this user sees it, or null when they are not a member (or it does not exist). */
  async findForUser(workspaceId: string, userId: string): Promise<WorkspaceSummary | null> {
    const row: WorkspaceRow | undefined = await this.selectSummaries().where('w.id', '=', workspaceId).where('m.user_id', '=', userId).executeTakeFirst();
    return row ? toSummary(row) : null;
  }

  private selectSummaries() {
    return this.db
      .selectFrom('workspaces as w')
      .innerJoin('memberships as m', 'm.workspace_id', 'w.id')
      .select(['w.id', 'w.student_name', 'w.grade_or_birth_date', 'w.school', 'w.time_zone', 'm.role']);
  }

  /** The student record a workspace holds ('' fields when it does not exist). */
  async student(workspaceId: string): Promise<{ studentName: string; gradeOrBirthDate: string; school: string }> {
    const row = await this.db
      .selectFrom('workspaces')
      .select(['student_name', 'grade_or_birth_date', 'school'])
      .where('id', '=', workspaceId)
      .executeTakeFirst();
    return { studentName: row?.student_name ?? '', gradeOrBirthDate: row?.grade_or_birth_date ?? '', school: row?.school ?? '' };
  }

  /** The workspace's IANA time zone (UTC when unknown). */
  async timeZone(workspaceId: string): Promise<string> {
    const row = await this.db.selectFrom('workspaces').select('time_zone').where('id', '=', workspaceId).executeTakeFirst();
    return row?.time_zone ?? defaultTimeZone;
  }

  async setTimeZone(workspaceId: string, timeZone: string): Promise<void> {
    await this.db.updateTable('workspaces').set({ time_zone: timeZone }).where('id', '=', workspaceId).execute();
  }

  async studentName(workspaceId: string): Promise<string | null> {
    const row = await this.db.selectFrom('workspaces').select('student_name').where('id', '=', workspaceId).executeTakeFirst();
    return row?.student_name ?? null;
  }

  async membership(workspaceId: string, userId: string): Promise<Membership | null> {
    const row = await this.db
      .selectFrom('memberships')
      .select(['role', 'consent_id'])
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return row ? { role: roleOf(row.role), consentId: row.consent_id } : null;
  }

  async members(workspaceId: string): Promise<MemberView[]> {
    const rows: MemberRow[] = await this.db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select(['m.user_id', 'u.display_name', 'u.email', 'u.email_verified_at', 'm.role', 'm.consent_id', 'm.created_at', 'm.covers'])
      .where('m.workspace_id', '=', workspaceId)
      // Joined in the same millisecond on two instances: the user id keeps the order the same on every load.
      .orderBy('m.created_at')
      .orderBy('m.user_id')
      .execute();
    return rows.map((row) => {
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

  /**
   * Holds the team for the caller's transaction, so checks such as "the last case manager"
   * and the change they guard act on the same team: PostgreSQL locks the workspace row;
   * SQLite's transaction already has the one connection to itself.
   */
  async lockTeam(workspaceId: string): Promise<void> {
    if (isPostgres(this.db)) await this.db.selectFrom('workspaces').select('id').where('id', '=', workspaceId).forUpdate().execute();
  }

  async addMember(workspaceId: string, userId: string, role: Role, consentId: string | null): Promise<void> {
    await this.db
      .insertInto('memberships')
      .values({ workspace_id: workspaceId, user_id: userId, role, consent_id: consentId, created_at: creationTime() })
      .onConflict((oc) => oc.columns(['workspace_id', 'user_id']).doUpdateSet((eb) => ({ role: eb.ref('excluded.role'), consent_id: eb.ref('excluded.consent_id') })))
      .execute();
  }

  /** Which required participants a member covers at meetings; null returns them to their role's default. */
  async setCovers(workspaceId: string, userId: string, covers: readonly RequiredParticipant[] | null): Promise<boolean> {
    const value = covers === null ? null : JSON.stringify(requiredParticipants.filter((participant) => covers.includes(participant)));
    const result = await this.db.updateTable('memberships').set({ covers: value }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    return affected(result) > 0;
  }

  async setRole(workspaceId: string, userId: string, role: Role): Promise<boolean> {
    const result = await this.db.updateTable('memberships').set({ role }).where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    return affected(result) > 0;
  }

  async removeMember(workspaceId: string, userId: string): Promise<boolean> {
    const result = await this.db.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    return affected(result) > 0;
  }

  /** Members whose access rests on this consent (removed when it is revoked). */
  async membersByConsent(consentId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('memberships').select('user_id').where('consent_id', '=', consentId).execute();
    return rows.map((row) => row.user_id);
  }

  async countWithRole(workspaceId: string, role: Role): Promise<number> {
    const row = await this.db
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', role)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/** Stored covers, or null when none were set (or the value is not a list of participants). */
function parseCovers(json: string | null): RequiredParticipant[] | null {
  if (json === null) return null;
  const value = JSON.parse(json) as unknown;
  return Array.isArray(value) ? requiredParticipants.filter((participant) => value.includes(participant)) : null;
}
