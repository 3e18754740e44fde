import { ListChecks, PenLine } from 'lucide-react';
import { useState } from 'react';
import type * as Y from 'yjs';
import { isApiFailure } from '../api/ApiFailure';
import { problemText } from '../components/ProblemMessage';
import { useSuggesting } from './SuggestingContext';
import { SuggestionCard } from './SuggestionCard';
import { decideAllOf, decideSuggestion, undoDecision } from './suggestionsApi';
import { useOpenSuggestions } from './useOpenSuggestions';
import './suggestions.css';
import { useTranslation } from 'react-i18next';

interface Decided {
  readonly message: string;
  readonly undoToken: string;
}

/**
 * The mode switch ("Editing" / "Suggesting") and the list of open suggestions, with accept
 * and reject for the case manager, withdraw for their authors, and undo of the last decision.
 */
export function SuggestionsBar({ doc, canEdit }: { doc: Y.Doc; canEdit: boolean }) {
  const suggesting = useSuggesting();
  const { t } = useTranslation();
  const open = useOpenSuggestions(doc);
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState<Decided | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!suggesting) return null;
  const { workspaceId, isManager, me } = suggesting;

  const run = async (action: () => Promise<{ decided: string[]; undoToken: string }>, verb: 'accepted' | 'rejected' | 'withdrew') => {
    setBusy(true);
    setProblem(null);
    try {
      const result = await action();
      setDecided({ message: t(`suggestions.${verb}`, { count: result.decided.length }), undoToken: result.undoToken });
    } catch (error) {
      setProblem(isApiFailure(error) ? problemText(error) : t('suggestions.failed'));
    } finally {
      setBusy(false);
    }
  };
  const people = [...new Map(open.map((view) => [view.userId, view.name])).entries()];

  return (
    <div className="suggestions-bar">
      {canEdit && !suggesting.locked && (
        <div className="suggestions-bar__mode" role="group" aria-label={t('suggestions.howEditsCount')}>
          <button type="button" className="mode-switch" aria-pressed={!suggesting.suggesting} onClick={() => suggesting.setSuggesting(false)}>
            <PenLine size={16} aria-hidden="true" /> {t('suggestions.editing')}
          </button>
          <button type="button" className="mode-switch" aria-pressed={suggesting.suggesting} onClick={() => suggesting.setSuggesting(true)}>
            <ListChecks size={16} aria-hidden="true" /> {t('suggestions.suggesting')}
          </button>
        </div>
      )}
      <button type="button" className="button suggestions-bar__toggle" aria-expanded={shown} onClick={() => setShown(!shown)} data-testid="suggestions-toggle">
        {open.length === 0 ? t('suggestions.noneOpen') : t('suggestions.open', { count: open.length })}
      </button>
      <p className="suggestions-bar__status" role="status">
        {decided && (
          <>
            {decided.message}{' '}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                const token = decided.undoToken;
                setDecided(null);
                void undoDecision(workspaceId, token).catch((error: unknown) => setProblem(isApiFailure(error) ? problemText(error) : t('suggestions.undoFailed')));
              }}
            >
              {t('suggestions.undo')}
            </button>
          </>
        )}
        {problem}
      </p>
      {shown && (
        <section className="suggestions-panel" aria-label={t('suggestions.openSuggestions')}>
          {isManager && people.length > 0 && (
            <ul className="suggestions-panel__people">
              {people.map(([userId, name]) => (
                <li key={userId}>
                  {name}:{' '}
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run(() => decideAllOf(workspaceId, userId, 'accept'), 'accepted')}>
                    {t('suggestions.acceptAll')}
                  </button>
                  <button type="button" className="button button--quiet" disabled={busy} onClick={() => void run(() => decideAllOf(workspaceId, userId, 'reject'), 'rejected')}>
                    {t('suggestions.rejectAll')}
                  </button>
                </li>
              ))}
            </ul>
          )}
          {open.length === 0 ? (
            <p className="suggestions-panel__empty">{t('suggestions.nothingWaits')}</p>
          ) : (
            <ul className="suggestions-panel__list">
              {open.map((view) => (
                <SuggestionCard
                  key={view.id}
                  view={view}
                  canDecide={isManager}
                  isMine={view.userId === me.userId}
                  busy={busy}
                  onDecide={(decision) => void run(() => decideSuggestion(workspaceId, view.id, decision), decision === 'accept' ? 'accepted' : view.userId === me.userId && !isManager ? 'withdrew' : 'rejected')}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
