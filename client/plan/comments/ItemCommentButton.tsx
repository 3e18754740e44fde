import type { FieldRef } from '../../../shared/schema';
import { CommentButton } from '../../comments/CommentButton';
import { usePlanComments } from './PlanCommentsContext';

/** "Comment" on a whole item (a goal, a support), when the page shows comments. */
export function ItemCommentButton({ fieldRef, label }: { fieldRef: FieldRef; label: string }) {
  const comments = usePlanComments();
  if (!comments) return null;
  return (
    <CommentButton
      workspaceId={comments.workspaceId}
      fieldRef={fieldRef}
      label={label}
      members={comments.members}
      myUserId={comments.myUserId}
      canComment={comments.canComment}
      onCreated={(threadId) => comments.openThread(threadId)}
    />
  );
}
