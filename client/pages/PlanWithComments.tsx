import { useCallback, useMemo } from 'react';
import type { WorkspaceDetail } from '../../shared/api';
import { can } from '../../shared/roles';
import { isSectionId, planDoc, type Author, type ThreadAnchor } from '../../shared/schema';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useAccessEnded } from '../collab/useAccessEnded';
import { useMediaQuery } from '../components/useMediaQuery';
import { InboxButton } from '../comments/InboxButton';
import { ThreadsPanel } from '../comments/ThreadsPanel';
import { OutboxList } from '../comments/outbox/OutboxList';
import { isTextAnchorAttached } from '../comments/textAnchors';
import { useLiveThreads } from '../comments/useCommentThreads';
import { useCommentsDoc } from '../comments/useCommentsDoc';
import { useRevealThread } from '../comments/useRevealThread';
import { PlanCommentsContext, type PlanComments } from '../plan/comments/PlanCommentsContext';
import { fragmentForRef } from '../plan/comments/fragmentForRef';
import { goalElementId } from '../plan/goals/goalSummary';
import { PlanView } from '../plan/PlanView';
import { sectionElementId } from '../plan/sections/sectionText';
import type * as Y from 'yjs';
import './PlanWithComments.css';

interface PlanWithCommentsProps {
  session: CollabSession;
  workspace: WorkspaceDetail;
  author: Author;
  user: CollabUser;
}

/** The live plan beside its comment threads: highlights in the text, the panel at the side. */
export function PlanWithComments({ session, workspace, author, user }: PlanWithCommentsProps) {
  const commentsDoc = useCommentsDoc(workspace.id, user);
  const accessEnded = useAccessEnded(session)?.end === 'removed';
  return commentsDoc ? (
    <LivePlanWithComments session={session} workspace={workspace} author={author} commentsDoc={commentsDoc} />
  ) : (
    <PlanView doc={session.doc} provider={session.provider} author={author} canEdit={can(workspace.role, 'edit') && !accessEnded} />
  );
}

/** Where the comments stand beside the plan as a column (PlanWithComments.css). */
const commentsBesidePlan = '(min-width: 75rem)';

/** The goal or section a thread is about, on the page. */
function anchorPlace(anchor: ThreadAnchor): HTMLElement | null {
  const { section, itemId } = anchor.ref;
  const id = section === 'goals' && itemId ? goalElementId(itemId) : isSectionId(section) ? sectionElementId(section) : null;
  return id ? document.getElementById(id) : null;
}

function LivePlanWithComments({ session, workspace, author, commentsDoc }: Omit<PlanWithCommentsProps, 'user'> & { commentsDoc: Y.Doc }) {
  const { threads } = useLiveThreads(commentsDoc);
  const plan = useMemo(() => planDoc(session.doc), [session.doc]);
  const accessEnded = useAccessEnded(session)?.end === 'removed';
  const canComment = can(workspace.role, 'comment') && !accessEnded;

  const isAnchorAttached = useCallback(
    (anchor: ThreadAnchor) => {
      const fragment = fragmentForRef(plan, anchor.ref);
      return fragment ? isTextAnchorAttached(session.doc, fragment, anchor) : true;
    },
    [plan, session.doc],
  );

  const jumpTo = useCallback((anchor: ThreadAnchor) => {
    anchorPlace(anchor)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }, []);
  const { activeThreadId, setActiveThreadId, openAndReveal } = useRevealThread(threads, anchorPlace, isAnchorAttached);
  // Beside the plan, the inbox heads the comments' column; narrower, where the comments are a
  // sheet at the foot of the screen, it ends the plan's tools instead of taking a line above them.
  const besidePlan = useMediaQuery(commentsBesidePlan);
  const inbox = <InboxButton workspaceId={workspace.id} commentsDoc={commentsDoc} onOpenThread={openAndReveal} myUserId={author.userId} />;

  const comments = useMemo<PlanComments>(
    () => ({
      workspaceId: workspace.id,
      members: workspace.members,
      myUserId: author.userId,
      canComment,
      threads,
      activeThreadId,
      openThread: setActiveThreadId,
    }),
    [workspace.id, workspace.members, author.userId, canComment, threads, activeThreadId],
  );

  return (
    <PlanCommentsContext.Provider value={comments}>
      <div className="plan-with-comments">
        {besidePlan && <div className="plan-with-comments__inbox">{inbox}</div>}
        <div className="plan-with-comments__plan">
          <PlanView doc={session.doc} provider={session.provider} author={author} canEdit={can(workspace.role, 'edit') && !accessEnded} barEnd={besidePlan ? null : inbox} />
        </div>
        {/* The panel is its own complementary landmark; a second one around it would repeat it. */}
        <div className="plan-with-comments__panel">
          <OutboxList workspaceId={workspace.id} />
          <ThreadsPanel
            workspaceId={workspace.id}
            commentsDoc={commentsDoc}
            me={{ userId: author.userId, displayName: author.name, role: workspace.role }}
            members={[...workspace.members]}
            canComment={canComment}
            activeThreadId={activeThreadId}
            onSelectThread={setActiveThreadId}
            onJumpToAnchor={jumpTo}
            isAnchorAttached={isAnchorAttached}
          />
        </div>
      </div>
    </PlanCommentsContext.Provider>
  );
}
