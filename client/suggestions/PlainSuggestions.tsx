import type { SuggestionView } from '../../shared/schema/suggestions';
import { diffWords } from '../../shared/wordDiff';
import { WordDiff } from '../versions/WordDiff';
import { useTranslation } from 'react-i18next';

/** Proposals for one plain field, shown right under it in their authors' colours. */
export function PlainSuggestions({ open }: { open: readonly SuggestionView[] }) {
  const { t } = useTranslation();
  if (open.length === 0) return null;
  return (
    <ul className="plain-suggestions" aria-label={t('suggestions.suggestedWording')}>
      {open.map((view) => (
        <li key={view.id} className="plain-suggestions__item" style={{ ['--suggestion-color' as string]: view.color }} data-testid="plain-suggestion">
          <span className="plain-suggestions__who">{t('suggestions.suggests', { name: view.name })}</span>{' '}
          <WordDiff change={{ field: '', label: '', before: view.base ?? '', after: view.text, words: diffWords(view.base ?? '', view.text) }} />
        </li>
      ))}
    </ul>
  );
}
