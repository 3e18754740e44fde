import { useContext, useState } from 'react';
import { planDoc } from '../../shared/schema';
import { shortValueChangedSince } from '../../shared/schema/shortValueSuggestions';
import type { SuggestionView } from '../../shared/schema/suggestions';
import { diffWords } from '../../shared/wordDiff';
import { startThread } from '../comments/commentsApi';
import { usePlanComments } from '../plan/comments/PlanCommentsContext';
import { WordDiff } from '../versions/WordDiff';
import { formatMoment } from '../i18n/dates';
import { useTranslation } from 'react-i18next';
import { LiveDocContext } from '../plan/live/LiveDocContext';
import { planPlaceName } from '../plan/planPlaceName';
import { usePathNames } from '../i18n/usePathNames';
import { goalAreaLabels } from '../i18n/vocabulary';

interface Props {
  readonly view: SuggestionView;
  readonly canDecide: boolean;
  readonly isMine: boolean;
  readonly busy: boolean;
  onDecide(decision: 'accept' | 'reject'): void;
}

function when(at: string): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : formatMoment(at);
}

/** One suggestion: who, when, where, the words, and what this person may do with it. */
export function SuggestionCard({ view, canDecide, isMine, busy, onDecide }: Props) {
  const { t } = useTranslation();
  const pathNames = usePathNames();
  const comments = usePlanComments();
  const [discussing, setDiscussing] = useState(false);
  const [body, setBody] = useState('');
  const live = useContext(LiveDocContext);
  // Named as the plan page names it, so the reader can find the place.
  const field = planPlaceName(view.path, t, {
    goalNumber: (goalId) => {
      const index = live ? planDoc(live.provider.doc).goals.list().findIndex((goal) => goal.id === goalId) : -1;
      return index >= 0 ? index + 1 : null;
    },
    areaName: (area) => (area in goalAreaLabels ? goalAreaLabels[area as keyof typeof goalAreaLabels] : null),
    pathNames,
  });
  const what =
    view.kind === 'replace' ? (
      <WordDiff change={{ field: '', label: field, before: view.base ?? '', after: view.text, words: diffWords(view.base ?? '', view.text) }} />
    ) : view.kind === 'insert' ? (
      <ins className="suggestion suggestion--insert" style={{ ['--suggestion-color' as string]: view.color }}>{view.text}</ins>
    ) : (
      <del className="suggestion suggestion--delete" style={{ ['--suggestion-color' as string]: view.color }}>{view.text}</del>
    );

  // Read on every render: the list re-renders after each change to the plan.
  const changedTo = live && view.kind === 'replace' ? shortValueChangedSince(live.provider.doc, view.path, view.base ?? '') : null;

  const discuss = async () => {
    if (!comments || body.trim() === '') return;
    const threadId = await startThread(
      comments.workspaceId,
      { kind: 'item', ref: { doc: 'plan', section: 'suggestions', itemId: view.id, field: view.path.join('/') }, label: t('suggestions.threadLabel', { name: view.name, field }) },
      { body: body.trim(), mentions: [] },
    );
    setDiscussing(false);
    setBody('');
    comments.openThread(threadId);
  };

  return (
    <li className="suggestion-card" style={{ ['--suggestion-color' as string]: view.color }} data-testid="suggestion-card">
      <p className="suggestion-card__who">
        <span className="suggestion-card__dot" aria-hidden="true" />
        <strong>{view.name}</strong> {view.kind === 'insert' ? t('suggestions.suggestsAdding') : view.kind === 'delete' ? t('suggestions.suggestsRemoving') : t('suggestions.suggestsWording')}
        <span className="suggestion-card__where">{t('suggestions.inField', { field })}</span>
        <time className="suggestion-card__when" dateTime={view.at}>
          {when(view.at)}
        </time>
      </p>
      <p className="suggestion-card__words">{what}</p>
      {changedTo !== null && (
        <p className="suggestion-card__changed" data-testid="suggestion-changed-since">
          {changedTo === '' ? t('suggestions.changedSinceEmpty') : t('suggestions.changedSince', { now: changedTo })}
        </p>
      )}
      <div className="suggestion-card__actions">
        {canDecide && (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => onDecide('accept')}>
              {t('suggestions.accept')}<span className="visually-hidden">{t('suggestions.whose', { name: view.name })}</span>
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => onDecide('reject')}>
              {t('suggestions.reject')}<span className="visually-hidden">{t('suggestions.whose', { name: view.name })}</span>
            </button>
          </>
        )}
        {!canDecide && isMine && (
          <button type="button" className="button" disabled={busy} onClick={() => onDecide('reject')}>
            {t('suggestions.withdraw')}
          </button>
        )}
        {comments?.canComment && !discussing && (
          <button type="button" className="button button--quiet" onClick={() => setDiscussing(true)}>
            {t('suggestions.discuss')}
          </button>
        )}
      </div>
      {discussing && (
        <form
          className="suggestion-card__discuss"
          onSubmit={(event) => {
            event.preventDefault();
            void discuss();
          }}
        >
          <label className="visually-hidden" htmlFor={`discuss-${view.id}`}>
            {t('suggestions.commentOn', { name: view.name })}
          </label>
          <textarea id={`discuss-${view.id}`} className="text-input" rows={2} value={body} onChange={(event) => setBody(event.target.value)} />
          <button type="submit" className="button button--primary">
            {t('suggestions.post')}
          </button>
        </form>
      )}
    </li>
  );
}
