import { ChevronDown, ChevronUp, MessageSquare } from 'lucide-react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { MemberView } from '../../shared/api';
import type { Role } from '../../shared/roles';
import type { ThreadAnchor } from '../../shared/schema';
import { isApiFailure } from '../api/ApiFailure';
import { ProblemMessage } from '../components/ProblemMessage';
import { useOutbox } from './outbox/useOutbox';
import { defaultFilter, filterThreads, matchesStatus, sectionsOf, type ThreadFilter, type ThreadStatusFilter } from './threadFilter';
import { ThreadDetail } from './ThreadDetail';
import { ThreadFilters } from './ThreadFilters';
import { ThreadList } from './ThreadList';
import { useCommentAnnouncements } from './useCommentAnnouncements';
import { readStateOf, useCommentThreads } from './useCommentThreads';
import { useMinuteClock } from './useMinuteClock';
import './ThreadsPanel.css';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

export interface ThreadsPanelProps {
  workspaceId: string;
  /** The read-only comments document (`<workspaceId>/comments`), open in a collab session. */
  commentsDoc: Y.Doc;
  me: { userId: string; displayName: string; role: Role };
  members: MemberView[];
  canComment: boolean;
  activeThreadId: string | null;
  onSelectThread(id: string | null): void;
  onJumpToAnchor?(anchor: ThreadAnchor): void;
  /** Whether a text anchor's words are still there (see isTextAnchorAttached); assumed so without it. */
  isAnchorAttached?(anchor: ThreadAnchor): boolean;
}

const emptyTexts = translatedRecord<ThreadStatusFilter>({
  open: 'comments.emptyOpen',
  resolved: 'comments.emptyResolved',
  mine: 'comments.emptyMine',
});

/**
 * The comments side panel (a bottom sheet on phones): the list of conversations with filters
 * and unread badges, and the open conversation. Opening a conversation marks it read.
 */
export function ThreadsPanel(props: ThreadsPanelProps) {
  const { workspaceId, commentsDoc, me, members, canComment, activeThreadId, onSelectThread, onJumpToAnchor, isAnchorAttached } = props;
  const id = useId();
  const { t } = useTranslation();
  const state = useCommentThreads(workspaceId, commentsDoc, me.userId);
  const { threads, markRead } = state;
  const [filter, setFilter] = useState<ThreadFilter>(defaultFilter);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [returnTo, setReturnTo] = useState<string | null>(null);
  const now = useMinuteClock();
  const announcement = useCommentAnnouncements(threads, me.userId);
  const readStateMap = state.readState;
  const readState = useCallback((threadId: string) => readStateOf(readStateMap, threadId), [readStateMap]);
  const isAttached = useCallback((anchor: ThreadAnchor) => anchor.kind !== 'text' || (isAnchorAttached?.(anchor) ?? true), [isAnchorAttached]);

  const active = activeThreadId === null ? null : (threads.find((thread) => thread.id === activeThreadId) ?? null);
  // A conversation started offline waits in the outbox: it opens here once it has been sent.
  const { entries: outboxEntries } = useOutbox(workspaceId);
  const activeIsQueued = activeThreadId !== null && outboxEntries.some((entry) => entry.kind === 'thread' && entry.clientId === activeThreadId && !entry.refusal);
  // Unread counts that could not be fetched for want of a connection are no error to show: the
  // header already says the connection is gone, the outbox keeps what is written, and the
  // counts come back with the connection.
  const readStateProblem = isApiFailure(state.readStateError) && state.readStateError.status === 0 ? null : state.readStateError;
  const activeState = active ? readState(active.id) : null;
  // Anything that would show a badge for the open thread means it needs marking read again.
  const activeUnread = activeState ? activeState.unread + (activeState.mentioned ? 1 : 0) : 0;

  // On a phone the sheet comes up when something (a highlight, the inbox) opens a thread, and
  // a conversation always starts at its top, not where the list happened to be scrolled.
  const bodyRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (activeThreadId === null) return;
    setSheetOpen(true);
    bodyRef.current?.scrollTo({ top: 0 });
  }, [activeThreadId]);

  // Opening marks read (on the server too, in case a reply reached it before this device), and
  // so does a reply arriving while the conversation is on screen.
  const markedFor = useRef<string | null>(null);
  useEffect(() => {
    if (activeThreadId === null) {
      markedFor.current = null;
      return;
    }
    if (markedFor.current === activeThreadId && activeUnread === 0) return;
    markedFor.current = activeThreadId;
    markRead(activeThreadId).catch(() => {
      // Not worth an error on screen: the badge stays and the next open tries again.
    });
  }, [activeThreadId, activeUnread, markRead]);

  // Focus goes back to a row only after "All comments"; never when the thread closed elsewhere.
  useEffect(() => {
    if (activeThreadId !== null) setReturnTo(null);
  }, [activeThreadId]);

  const sections = useMemo(() => sectionsOf(threads), [threads]);
  // A section whose last thread went away falls back to all sections rather than an empty list.
  const sectionKey = sections.some((section) => section.key === filter.section) ? filter.section : 'all';
  const effectiveFilter = useMemo(() => ({ status: filter.status, section: sectionKey }), [filter.status, sectionKey]);
  const listed = useMemo(() => filterThreads(threads, effectiveFilter, me.userId, readState), [threads, effectiveFilter, me.userId, readState]);
  const counts = useMemo(() => {
    const count = (status: ThreadStatusFilter) => threads.filter((thread) => matchesStatus(thread, status, me.userId, readState)).length;
    return { open: count('open'), resolved: count('resolved'), mine: count('mine') };
  }, [threads, me.userId, readState]);
  const unreadTotal = threads.reduce((sum, thread) => sum + readState(thread.id).unread, 0);

  function back() {
    setReturnTo(activeThreadId);
    onSelectThread(null);
  }

  const summary = [t('comments.open', { count: counts.open }), unreadTotal > 0 ? t('comments.newCount', { count: unreadTotal }) : null].filter(Boolean).join(' · ');

  return (
    <aside className={sheetOpen ? 'threads-panel threads-panel--sheet-open' : 'threads-panel'} aria-labelledby={`${id}-title`}>
      <button
        type="button"
        className="threads-panel__toggle"
        aria-expanded={sheetOpen}
        aria-controls={`${id}-body`}
        onClick={() => {
          // Hiding the sheet also closes the conversation, so tapping the same highlighted
          // words again brings it back (the selection changes, and the sheet follows it).
          if (sheetOpen && activeThreadId !== null) onSelectThread(null);
          setSheetOpen(!sheetOpen);
        }}
      >
        <MessageSquare size={20} aria-hidden="true" />
        <span className="threads-panel__toggle-text">
          {t('comments.comments')} <span className="threads-panel__toggle-summary">{summary}</span>
        </span>
        {sheetOpen ? <ChevronDown size={22} aria-hidden="true" /> : <ChevronUp size={22} aria-hidden="true" />}
        <span className="visually-hidden">{sheetOpen ? t('comments.hide') : t('comments.show')}</span>
      </button>
      <div className="threads-panel__body" id={`${id}-body`} ref={bodyRef}>
        <div className="threads-panel__header">
          <h2 className="threads-panel__title" id={`${id}-title`}>
            {t('comments.comments')}
          </h2>
          {unreadTotal > 0 && <span className="thread-badge thread-badge--unread">{t('comments.newCount', { count: unreadTotal })}</span>}
        </div>
        {readStateProblem !== null && <ProblemMessage error={readStateProblem} />}
        {active ? (
          <ThreadDetail
            workspaceId={workspaceId}
            thread={active}
            me={me}
            members={members}
            canComment={canComment}
            attached={isAttached(active.anchor)}
            now={now}
            onBack={back}
            onJumpToAnchor={onJumpToAnchor}
          />
        ) : activeThreadId !== null ? (
          <div className="threads-panel__waiting">
            <p data-testid="thread-waiting">{activeIsQueued ? t('comments.threadWaiting') : t('comments.openingThread')}</p>
            <button type="button" className="button button--quiet" onClick={() => onSelectThread(null)}>
              {t('comments.allComments')}
            </button>
          </div>
        ) : (
          <>
            <ThreadFilters filter={effectiveFilter} counts={counts} sections={sections} onChange={setFilter} />
            <ThreadList
              threads={listed}
              readState={readState}
              isAttached={isAttached}
              now={now}
              emptyText={effectiveFilter.section === 'all' ? emptyTexts[effectiveFilter.status] : t('comments.emptyFiltered')}
              onOpen={onSelectThread}
              focusThreadId={returnTo}
            />
          </>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </aside>
  );
}
