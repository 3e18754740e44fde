import { Hono } from 'hono';
import type { CaseloadStudent, CaseloadView, IepRulesView } from '../../../shared/api';
import { compareDue, dueItems } from '../../../shared/caseloadDue';
import { todayIn } from '../../../shared/iepDates';
import { iepCompleteness } from '../../../shared/iepCompleteness';
import { CommentThreads, type PlanSnapshot } from '../../../shared/schema';
import type { WorkspaceSummary } from '../../../shared/api';
import type { Services } from '../../services';
import { iepRulesOf, meetingCoverage, teamCovered } from '../../workspaces/iepContext';
import type { AppEnv } from '../AppEnv';
import { requireIdentity, requireMember } from '../middleware';

/**
 * The case manager's caseload: every student the signed-in person is a member for, with what
 * is due (overdue first), upcoming meetings, versions waiting for their signature and unread
 * conversations. A person sees only the workspaces they belong to; nothing here takes a
 * workspace id from the request, so nobody else's students can be asked for.
 */

/** Conversations with unread comments from others, and the one to open first (the oldest). */
async function unreadConversations(services: Services, workspaceId: string, userId: string): Promise<{ count: number; first: string | null }> {
  const doc = await services.documents.loadDoc(`${workspaceId}/comments`);
  try {
    const reads = services.threadReads.readTimes(userId, workspaceId);
    const unread = new CommentThreads(doc)
      .list()
      .filter((thread) => {
        const readAt = reads.get(thread.id);
        return thread.comments.some((comment) => comment.author.userId !== userId && !comment.deleted && (!readAt || comment.createdAt > readAt));
      });
    return { count: unread.length, first: unread[0]?.id ?? null };
  } finally {
    doc.destroy();
  }
}

async function caseloadStudent(services: Services, workspace: WorkspaceSummary, userId: string, today: string, now: string): Promise<CaseloadStudent> {
  const plan: PlanSnapshot = await services.documents.readPlan(workspace.id);
  const coverage = await meetingCoverage(services, workspace.id);
  const awaitingSignature = services.versions
    .list(workspace.id)
    .filter((version) => version.status === 'proposed' && version.requiredSigners.includes(userId) && !version.signatures.some((s) => s.userId === userId))
    .map((version) => ({ id: version.id, number: version.number, title: version.title }));
  const unread = await unreadConversations(services, workspace.id, userId);
  return {
    workspaceId: workspace.id,
    studentName: workspace.studentName,
    role: workspace.role,
    due: dueItems(plan, today, iepRulesOf(services)),
    upcomingMeetings: coverage
      .map((entry) => entry.meeting)
      .filter((meeting) => meeting.startsAt >= now)
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
    awaitingSignature,
    unreadConversations: unread.count,
    firstUnreadThreadId: unread.first,
    completeness: iepCompleteness(plan, { rules: iepRulesOf(services), teamCovered: teamCovered(coverage) }).line,
  };
}

/** Students with something overdue first, then by their soonest date, then by name. */
function compareStudents(a: CaseloadStudent, b: CaseloadStudent): number {
  const [firstA, firstB] = [a.due[0], b.due[0]];
  if (firstA && firstB) return compareDue(firstA, firstB) || a.studentName.localeCompare(b.studentName);
  if (firstA || firstB) return firstA ? -1 : 1;
  return a.studentName.localeCompare(b.studentName);
}

export function caseloadRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/caseload', async (c) => {
    const identity = requireIdentity(c);
    const services = c.get('services');
    const today = todayIn(services.config.schoolTimeZone);
    const now = new Date().toISOString();
    const workspaces = services.workspaces.listForUser(identity.user.id);
    // Overdue is judged on the calendar day where the student's school is: each workspace's zone.
    const students = await Promise.all(workspaces.map((workspace) => caseloadStudent(services, workspace, identity.user.id, todayIn(workspace.timeZone), now)));
    const view: CaseloadView = { today, students: students.sort(compareStudents) };
    return c.json(view);
  });

  /** Whether each required participant was at each meeting: for the plan's team section and its completeness. */
  app.get('/workspaces/:workspaceId/team-coverage', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    requireMember(c, workspaceId);
    const coverage = await meetingCoverage(c.get('services'), workspaceId);
    return c.json({ meetings: coverage, covered: teamCovered(coverage) });
  });

  app.get('/iep-rules', (c) => {
    requireIdentity(c);
    const { config } = c.get('services');
    const rules: IepRulesView = { transitionAge: config.transitionAge, majorityAge: config.majorityAge, today: todayIn(config.schoolTimeZone) };
    return c.json(rules);
  });

  return app;
}
