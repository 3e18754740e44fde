import { ArrowLeft, CheckCircle2, LocateFixed, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { MemberView } from '../../shared/api';
import type { Role } from '../../shared/roles';
import type { ThreadAnchor, ThreadView } from '../../shared/schema';
import { ProblemMessage } from '../components/ProblemMessage';
import { AnchorSummary } from './AnchorSummary';
import { CommentComposer } from './CommentComposer';
import { CommentItem } from './CommentItem';
import { deleteComment, editComment, reopenThread, replyToThread, resolveThread } from './commentsApi';
import { formatCommentTime, formatExactTime } from './commentTime';
import { sectionLabelOf } from './threadLabels';
import './ThreadDetail.css';
import { useTranslation } from 'react-i18next';

interface ThreadDetailProps {
  workspaceId: string;
  thread: ThreadView;
  me: { userId: string; role: Role };
  members: readonly MemberView[];
  canComment: boolean;
  attached: boolean;
  now: Date;
  onBack: () => void;
  onJumpToAnchor?: (anchor: ThreadAnchor) => void;
}

/** One conversation: what it is about, its comments, a reply field, resolve or reopen. */
export function ThreadDetail({ workspaceId, thread, me, members, canComment, attached, now, onBack, onJumpToAnchor }: ThreadDetailProps) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  // Land on the conversation's heading, so a screen reader starts reading where the eye does;
  // but someone who opened it by clicking commented words keeps typing where they were.
  useEffect(() => {
    const active = document.activeElement;
    const panel = headingRef.current?.closest('.threads-panel');
    const typingElsewhere =
      active instanceof HTMLElement && !panel?.contains(active) && (active.isContentEditable || active.matches('input, textarea, select'));
    if (!typingElsewhere) headingRef.current?.focus({ preventScroll: true });
  }, [thread.id]);

  async function setResolved(resolved: boolean) {
    setBusy(true);
    setError(null);
    try {
      await (resolved ? resolveThread : reopenThread)(workspaceId, thread.id);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const isCaseManager = me.role === 'case_manager';

  return (
    // An article, not a section: a named section is a landmark, and its heading (the plan
    // section's name, e.g. "Goals") would repeat the plan's own landmark of that name.
    <article className="thread-detail" aria-labelledby={`thread-${thread.id}-heading`}>
      <button type="button" className="button button--quiet thread-detail__back" onClick={onBack}>
        <ArrowLeft size={18} aria-hidden="true" />
        {t('comments.allComments')}
      </button>
      <div className="thread-detail__about">
        <h3 id={`thread-${thread.id}-heading`} className="thread-detail__section" ref={headingRef} tabIndex={-1}>
          {sectionLabelOf(thread.anchor.ref)}
        </h3>
        <AnchorSummary anchor={thread.anchor} attached={attached} />
        {onJumpToAnchor && attached && (
          <button type="button" className="button button--quiet thread-detail__jump" onClick={() => onJumpToAnchor(thread.anchor)}>
            <LocateFixed size={18} aria-hidden="true" />
            {thread.anchor.ref.doc === 'plan' ? t('comments.showInPlan') : t('comments.showInNotes')}
          </button>
        )}
      </div>
      {thread.resolved && (
        <p className="thread-detail__resolved">
          <CheckCircle2 size={18} aria-hidden="true" />
          <span>
            {thread.resolvedBy ? t('comments.resolvedBy', { name: thread.resolvedBy.name }) : t('comments.resolved')}
            {thread.resolvedAt && (
              <>
                {' '}
                <time dateTime={thread.resolvedAt} title={formatExactTime(thread.resolvedAt)}>
                  {formatCommentTime(thread.resolvedAt, now)}
                </time>
              </>
            )}
          </span>
        </p>
      )}
      <ol className="thread-detail__comments" aria-label={t('comments.commentsList')}>
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            comment={comment}
            members={members}
            myUserId={me.userId}
            canEdit={canComment && comment.author.userId === me.userId}
            canDelete={canComment && (comment.author.userId === me.userId || isCaseManager)}
            now={now}
            onEdit={(input) => editComment(workspaceId, thread.id, comment.id, input)}
            onDelete={() => deleteComment(workspaceId, thread.id, comment.id)}
          />
        ))}
      </ol>
      <ProblemMessage error={error} />
      {canComment && !thread.resolved && (
        <CommentComposer
          label={t('comments.reply')}
          members={members}
          myUserId={me.userId}
          submitLabel={t('comments.sendReply')}
          placeholder={t('comments.replyPlaceholder')}
          onSubmit={(input) => replyToThread(workspaceId, thread.id, input)}
        />
      )}
      {canComment && (
        <div className="thread-detail__status-actions">
          {thread.resolved ? (
            <>
              <p className="thread-detail__hint">{t('comments.reopenToReply')}</p>
              <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setResolved(false)}>
                <RotateCcw size={18} aria-hidden="true" />
                {t('comments.reopen')}
              </button>
            </>
          ) : (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void setResolved(true)}>
              <CheckCircle2 size={18} aria-hidden="true" />
              {t('comments.resolve')}
            </button>
          )}
        </div>
      )}
      {!canComment && <p className="thread-detail__hint">{t('comments.cannotComment')}</p>}
    </article>
  );
}
