import { Clock3, Copy, TriangleAlert } from 'lucide-react';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentOutbox, OutboxEntry } from './CommentOutbox';
import { useOutbox } from './useOutbox';
import './OutboxList.css';

/**
 * My comments that have not reached the server: "Waiting to send" while offline, or the
 * server's refusal with the words to copy out. Shown above the comments, so a comment
 * written offline is never silently missing.
 */
export function OutboxList({ workspaceId }: { workspaceId: string }) {
  const { outbox, entries } = useOutbox(workspaceId);
  const { t } = useTranslation();
  if (!outbox || entries.length === 0) return null;
  const waiting = entries.filter((entry) => !entry.refusal);
  return (
    <section className="outbox" aria-label={t('betweenMeetings.commentWaiting')} data-testid="comment-outbox">
      {waiting.length > 0 && <p className="outbox__hint">{t('betweenMeetings.commentWaitingHint')}</p>}
      <ul className="outbox__list">
        {entries.map((entry) => (
          <li key={entry.clientId} className={entry.refusal ? 'outbox__item outbox__item--refused' : 'outbox__item'} data-testid="outbox-item">
            {entry.refusal ? <RefusedComment entry={entry} outbox={outbox} /> : <WaitingComment entry={entry} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WaitingComment({ entry }: { entry: OutboxEntry }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="outbox__state">
        <Clock3 size={16} aria-hidden="true" /> {t('betweenMeetings.commentWaiting')}
      </p>
      <p className="outbox__body">{entry.body}</p>
    </>
  );
}

function RefusedComment({ entry, outbox }: { entry: OutboxEntry; outbox: CommentOutbox }) {
  const { t } = useTranslation();
  const id = useId();
  const text = useRef<HTMLTextAreaElement>(null);
  return (
    <>
      <p className="outbox__state outbox__state--refused" role="alert">
        <TriangleAlert size={16} aria-hidden="true" /> {t('betweenMeetings.commentRefused', { reason: entry.refusal ?? '' })}
      </p>
      <label className="field__label" htmlFor={id}>
        {t('betweenMeetings.commentRefusedCopy')}
      </label>
      <textarea id={id} ref={text} className="text-input outbox__copy" readOnly value={entry.body} rows={3} />
      <div className="outbox__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(entry.body);
            } catch {
              // No clipboard here: select the words so Ctrl+C or a long press copies them.
              text.current?.select();
            }
          }}
        >
          <Copy size={16} aria-hidden="true" /> {t('betweenMeetings.commentCopy')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => void outbox.dismiss(entry.clientId)}>
          {t('betweenMeetings.commentRefusedDismiss')}
        </button>
      </div>
    </>
  );
}
