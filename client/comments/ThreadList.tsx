import { AtSign, CheckCircle2, MessageSquare } from 'lucide-react';
import type { ThreadAnchor, ThreadView } from '../../shared/schema';
import { AnchorSummary } from './AnchorSummary';
import { formatCommentTime, formatExactTime } from './commentTime';
import { latestActivity, openingExcerpt, sectionLabelOf } from './threadLabels';
import type { ThreadReadState } from './useCommentThreads';
import './ThreadList.css';
import { useTranslation } from 'react-i18next';

interface ThreadListProps {
  threads: readonly ThreadView[];
  readState: (threadId: string) => ThreadReadState;
  isAttached: (anchor: ThreadAnchor) => boolean;
  now: Date;
  emptyText: string;
  onOpen: (threadId: string) => void;
  /** Focus returns to this thread's row when coming back from it. */
  focusThreadId: string | null;
}

/** The conversations, one button each; unread and mentions are said in words, not only colour. */
export function ThreadList({ threads, readState, isAttached, now, emptyText, onOpen, focusThreadId }: ThreadListProps) {
  const { t } = useTranslation();
  if (threads.length === 0) return <p className="thread-list__empty">{emptyText}</p>;
  return (
    <ul className="thread-list">
      {threads.map((thread) => {
        const state = readState(thread.id);
        const replies = thread.comments.length - 1;
        const first = thread.comments[0];
        return (
          <li key={thread.id}>
            <button
              type="button"
              className={state.unread > 0 ? 'thread-row thread-row--unread' : 'thread-row'}
              data-thread-id={thread.id}
              autoFocus={thread.id === focusThreadId}
              onClick={() => onOpen(thread.id)}
            >
              <span className="thread-row__top">
                <span className="thread-row__section">{sectionLabelOf(thread.anchor.ref)}</span>
                {state.unread > 0 && <span className="thread-badge thread-badge--unread">{t('comments.newCount', { count: state.unread })}</span>}
                {state.mentioned && (
                  <span className="thread-badge thread-badge--mention">
                    <AtSign size={14} aria-hidden="true" />
                    {t('comments.mentionsYou')}
                  </span>
                )}
                {thread.resolved && (
                  <span className="thread-badge">
                    <CheckCircle2 size={14} aria-hidden="true" />
                    {t('comments.resolved')}
                  </span>
                )}
              </span>
              <AnchorSummary anchor={thread.anchor} attached={isAttached(thread.anchor)} />
              {first && (
                <span className="thread-row__excerpt">
                  <span className="thread-row__author">{first.author.name}:</span> {openingExcerpt(thread)}
                </span>
              )}
              <span className="thread-row__meta">
                <MessageSquare size={16} aria-hidden="true" />
                {replies > 0 ? t('comments.replies', { count: replies }) : t('comments.noReplies')}
                {' · '}
                <time dateTime={latestActivity(thread)} title={formatExactTime(latestActivity(thread))}>
                  {formatCommentTime(latestActivity(thread), now)}
                </time>
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
