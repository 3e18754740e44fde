import { AtSign, Bell, MessageSquareReply } from 'lucide-react';
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ThreadSummary } from '../../shared/api';
import { ProblemMessage } from '../components/ProblemMessage';
import { AnchorSummary } from './AnchorSummary';
import { formatCommentTime, formatExactTime } from './commentTime';
import { latestActivity, sectionLabelOf } from './threadLabels';
import { useInbox } from './useInbox';
import { useMinuteClock } from './useMinuteClock';
import './InboxButton.css';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { isApiFailure } from '../api/ApiFailure';

interface InboxButtonProps {
  workspaceId: string;
  /** The comments document, when open: new replies then update the count at once. */
  commentsDoc?: Y.Doc | null;
  /** Opens the thread (the comments panel marks it read). */
  onOpenThread(threadId: string): void;
  /** Names who mentioned me, rather than the last person who mentioned anyone. */
  myUserId?: string;
}

function reasonOf(item: ThreadSummary, myUserId: string | undefined): string {
  const latest = item.thread.comments.at(-1);
  if (item.mentioned) {
    const by = [...item.thread.comments]
      .reverse()
      .find((comment) => !comment.deleted && (myUserId ? comment.mentions.includes(myUserId) : comment.mentions.length > 0));
    return i18n.t('comments.mentionedYou', { name: by?.author.name ?? i18n.t('comments.someone') });
  }
  const replies = i18n.t('comments.newReplies', { count: item.unread });
  return latest ? i18n.t('comments.latestFrom', { replies, name: latest.author.name }) : replies;
}

/**
 * The header's inbox: how many conversations have a mention of me or replies I have not read,
 * and a list of them. A disclosure, not a modal: Escape or a click elsewhere closes it.
 */
export function InboxButton({ workspaceId, commentsDoc, onOpenThread, myUserId }: InboxButtonProps) {
  const id = useId();
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { items, error, refresh } = useInbox(workspaceId, commentsDoc);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const now = useMinuteClock();
  const count = items?.length ?? 0;

  useEffect(() => {
    if (!open) return;
    refresh();
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !rootRef.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, refresh]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function choose(threadId: string) {
    setOpen(false);
    onOpenThread(threadId);
  }

  // The name is the visible words plus a hidden explanation, so it starts with what is seen
  // ("Inbox 3"), as speech input users say it (WCAG 2.5.3).
  const shownCount = count > 99 ? '99+' : String(count);
  const explanation = count === 0 ? t('comments.nothingNew') : t('comments.withNews', { count });

  return (
    <div
      className="inbox"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.preventDefault();
          close();
        }
      }}
      onBlur={(event) => {
        // Tabbing past the list closes it, as a click elsewhere does.
        if (open && event.relatedTarget instanceof Node && !rootRef.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className={count > 0 ? 'inbox__button inbox__button--news' : 'inbox__button'}
        aria-expanded={open}
        aria-controls={`${id}-popover`}
        onClick={() => setOpen((value) => !value)}
      >
        <Bell size={20} aria-hidden="true" />
        <span className="inbox__word">{t('comments.inbox')}</span>
        {count > 0 && <span className="inbox__count"> {shownCount}</span>}
        <span className="visually-hidden">{explanation}</span>
      </button>
      {/* Announces a change of the count without the person having to look at the header. */}
      <span className="visually-hidden" aria-live="polite">
        {count > 0 ? t('comments.inInbox', { count }) : ''}
      </span>
      <div className="inbox__popover" id={`${id}-popover`} hidden={!open} role="region" aria-labelledby={`${id}-title`}>
        <h2 className="inbox__title" id={`${id}-title`}>
          {t('comments.mentionsAndReplies')}
        </h2>
        {/* Without a connection the inbox cannot be read: said calmly, the header already shows the connection is gone. */}
        {isApiFailure(error) && error.status === 0 ? <p className="inbox__empty">{t('comments.inboxOffline')}</p> : <ProblemMessage error={error} />}
        {items !== null && items.length === 0 && (
          <p className="inbox__empty">{t('comments.inboxEmpty')}</p>
        )}
        {items === null && error === null && <p className="inbox__empty">{t('comments.loading')}</p>}
        {items !== null && items.length > 0 && (
          <ul className="inbox__list">
            {items.map((item) => (
              <li key={item.thread.id}>
                <button type="button" className="inbox__item" onClick={() => choose(item.thread.id)}>
                  <span className="inbox__reason">
                    {item.mentioned ? <AtSign size={16} aria-hidden="true" /> : <MessageSquareReply size={16} aria-hidden="true" />}
                    {reasonOf(item, myUserId)}
                  </span>
                  <span className="inbox__section">{sectionLabelOf(item.thread.anchor.ref)}</span>
                  <AnchorSummary anchor={item.thread.anchor} attached />
                  <time className="inbox__time" dateTime={latestActivity(item.thread)} title={formatExactTime(latestActivity(item.thread))}>
                    {formatCommentTime(latestActivity(item.thread), now)}
                  </time>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
