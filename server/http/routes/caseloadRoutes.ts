import { Hono } from 'hono';
import type { CaseloadStudent, CaseloadView, IepRulesView } from '../../../shared/api';
import { compareDue } from '../../../shared/caseloadDue';
import { todayIn } from '../../../shared/iepDates';
import type { WorkspaceSummary } from '../../../shared/api';
import type { Services } from '../../services';
import { consentAllows } from '../../workspaces/consentAccess';
import { unreadConversations, workspaceCaseload } from '../../workspaces/caseloadSummary';
import { meetingCoverage, teamCovered } from '../../workspaces/iepContext';
import { compareText } from '../../../shared/compareText';
import { compareStudentNames } from '../../workspaces/studentOrder';
import type { AppEnv } from '../AppEnv';
import { requireIdentity, requireMember } from '../middleware';

/**
 * The case manager's caseload: every student the signed-in person is a member for, with what
 * is due (overdue first), upcoming meetings, versions waiting for their signature and unread
 * conversations. A person sees only the workspaces they belong to; nothing here takes a
 * workspace id from the request, so nobody else's students can be asked for. All of it is read
 * from the plan's part of the record, so a member the parent's consent does not share the plan
 * with sees the student's name alone.
 */

/** The student, this person's role, and the day and zone of the student's school. */
function whoAndWhere(workspace: WorkspaceSummary, today: string) {
  return { workspaceId: workspace.id, studentName: workspace.studentName, role: workspace.role, today, timeZone: workspace.timeZone };
}

/**
 * A student whose plan the parent's consent does not share with this person (a clinic
 * therapist for the schedule only): the name and their role, and nothing read from the plan,
 * its meetings, versions or conversations.
 */
function planNotShared(workspace: WorkspaceSummary, today: string): CaseloadStudent {
  return {
    ...whoAndWhere(workspace, today),
    planShared: false,
    due: [],
    upcomingMeetings: [],
    awaitingSignature: [],
    unreadConversations: 0,
    firstUnreadThreadId: null,
    completeness: '',
    requiredComplete: 0,
    requiredTotal: 0,
  };
}

async function caseloadStudent(services: Services, workspace: WorkspaceSummary, userId: string, today: string, now: string): Promise<CaseloadStudent> {
  if (!(await consentAllows(services, workspace.id, userId, 'plan'))) return planNotShared(workspace, today);
  const summary = await workspaceCaseload(services, workspace, today);
  const awaitingSignature = (await services.versions.list(workspace.id))
    .filter((version) => version.status === 'proposed' && version.requiredSigners.includes(userId) && !version.signatures.some((s) => s.userId === userId))
    .map((version) => ({ id: version.id, number: version.number, title: version.title }));
  const unread = unreadConversations(summary.threads, await services.threadReads.readTimes(userId, workspace.id), userId);
  return {
    ...whoAndWhere(workspace, today),
    planShared: true,
    due: summary.due,
    upcomingMeetings: summary.coverage
      .map((entry) => entry.meeting)
      .filter((meeting) => meeting.startsAt >= now)
      .sort((a, b) => compareText(a.startsAt, b.startsAt) || compareText(a.id, b.id)),
    awaitingSignature,
    unreadConversations: unread.count,
    firstUnreadThreadId: unread.first,
    completeness: summary.completeness.line,
    requiredComplete: summary.completeness.requiredComplete,
    requiredTotal: summary.completeness.requiredTotal,
  };
}

/** Students with something overdue first, then by their soonest date, then by name. */
function compareStudents(a: CaseloadStudent, b: CaseloadStudent): number {
  const [firstA, firstB] = [a.due[0], b.due[0]];
  const byName = compareStudentNames({ studentName: a.studentName, id: a.workspaceId }, { studentName: b.studentName, id: b.workspaceId });
  if (firstA && firstB) return compareDue(firstA, firstB) || byName;
  if (firstA || firstB) return firstA ? -1 : 1;
  return byName;
}

export function caseloadRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/caseload', async (c) => {
    const identity = requireIdentity(c);
    const services = c.get('services');
    const today = todayIn(services.config.schoolTimeZone);
    const now = new Date().toISOString();
    const workspaces = await services.workspaces.listForUser(identity.user.id);
    // Overdue is judged on the calendar day where the student's school is: each workspace's zone.
    const students = await Promise.all(workspaces.map((workspace) => caseloadStudent(services, workspace, identity.user.id, todayIn(workspace.timeZone), now)));
    const view: CaseloadView = { today, students: students.sort(compareStudents) };
    return c.json(view);
  });

  /** Whether each required participant was at each meeting: for the plan's team section and its completeness. */
  app.get('/workspaces/:workspaceId/team-coverage', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    await requireMember(c, workspaceId);
    const coverage = await meetingCoverage(c.get('services'), workspaceId);
    return c.json({ meetings: coverage, covered: teamCovered(coverage) });
  });

  /**
   * The deployment's ages, and today. With `?workspaceId=`, today where that student's school
   * is (the workspace's time zone; members only); without, in the deployment's school zone.
   */
  app.get('/iep-rules', async (c) => {
    const workspaceId = c.req.query('workspaceId');
    if (workspaceId === undefined) requireIdentity(c);
    else await requireMember(c, workspaceId);
    const { config, workspaces } = c.get('services');
    const zone = workspaceId === undefined ? config.schoolTimeZone : await workspaces.timeZone(workspaceId);
    const rules: IepRulesView = { transitionAge: config.transitionAge, majorityAge: config.majorityAge, today: todayIn(zone) };
    return c.json(rules);
  });

  return app;
}
