import type { MeetingCoverageView, WorkspaceSummary } from '../../shared/api';
import { dueItems, type DueItem } from '../../shared/caseloadDue';
import { iepCompleteness, type Completeness } from '../../shared/iepCompleteness';
import { CommentThreads } from '../../shared/schema';
import type { Services } from '../services';
import { iepRulesOf, meetingCoverage, teamCovered } from './iepContext';
import { commentsDocName } from '../../shared/docName';

/** The completeness line in English and the counts it is made of, which the client phrases in the reader's language. */
export type CompletenessCounts = Pick<Completeness, 'line' | 'requiredComplete' | 'requiredTotal'>;

/** What the caseload needs of a plan on one day: its due dates, and the completeness either way the team's coverage turns out. */
interface PlanFacts {
  readonly due: DueItem[];
  readonly completeness: { readonly covered: CompletenessCounts; readonly notCovered: CompletenessCounts };
}

const countsOf = ({ line, requiredComplete, requiredTotal }: Completeness): CompletenessCounts => ({ line, requiredComplete, requiredTotal });

/** A conversation reduced to what unread counts need: who wrote when, and whether it was deleted. */
interface ThreadDigest {
  readonly id: string;
  readonly comments: readonly { readonly authorId: string; readonly createdAt: string; readonly deleted: boolean }[];
}

export interface WorkspaceCaseload {
  readonly due: DueItem[];
  readonly completeness: CompletenessCounts;
  readonly coverage: MeetingCoverageView[];
  readonly threads: readonly ThreadDigest[];
}

/**
 * One workspace's caseload summary, from the summary cache: the plan is read again only after
 * it changed (or the day changed where the student's school is), the meetings only after one
 * of them, the list of meetings or who covers whom changed, the conversations only after a
 * comment.
 */
export async function workspaceCaseload(services: Services, workspace: WorkspaceSummary, today: string): Promise<WorkspaceCaseload> {
  const { summaries } = services;
  const rules = iepRulesOf(services);
  const [facts, coverage, threads] = await Promise.all([
    summaries.get<PlanFacts>(workspace.id, 'plan', today, async () => {
      const plan = await services.documents.readPlan(workspace.id);
      return {
        due: dueItems(plan, today, rules),
        completeness: {
          covered: countsOf(iepCompleteness(plan, { rules, teamCovered: true })),
          notCovered: countsOf(iepCompleteness(plan, { rules, teamCovered: false })),
        },
      };
    }),
    summaries.get(workspace.id, 'meeting', await meetingsKey(services, workspace.id), () => meetingCoverage(services, workspace.id)),
    summaries.get(workspace.id, 'comments', '', () => threadDigests(services, workspace.id)),
  ]);
  return { due: facts.due, completeness: teamCovered(coverage) ? facts.completeness.covered : facts.completeness.notCovered, coverage, threads };
}

/** What coverage depends on outside the meeting documents: the meetings listed and what each member covers. */
async function meetingsKey(services: Services, workspaceId: string): Promise<string> {
  const meetings = (await services.meetings.list(workspaceId)).map((meeting) => [meeting.id, meeting.kind, meeting.title, meeting.startsAt]);
  const members = (await services.workspaces.members(workspaceId)).map((member) => [member.userId, member.role, member.displayName, member.covers ?? []]);
  return JSON.stringify([meetings, members]);
}

async function threadDigests(services: Services, workspaceId: string): Promise<ThreadDigest[]> {
  const doc = await services.documents.loadDoc(commentsDocName(workspaceId));
  try {
    return new CommentThreads(doc).list().map((thread) => ({
      id: thread.id,
      comments: thread.comments.map((comment) => ({ authorId: comment.author.userId, createdAt: comment.createdAt, deleted: comment.deleted })),
    }));
  } finally {
    doc.destroy();
  }
}

/** Conversations with a comment from someone else this person has not read, and the one to open first (the oldest). */
export function unreadConversations(threads: readonly ThreadDigest[], reads: ReadonlyMap<string, string>, userId: string): { count: number; first: string | null } {
  const unread = threads.filter((thread) => {
    const readAt = reads.get(thread.id);
    return thread.comments.some((comment) => comment.authorId !== userId && !comment.deleted && (!readAt || comment.createdAt > readAt));
  });
  return { count: unread.length, first: unread[0]?.id ?? null };
}
