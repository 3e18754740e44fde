import type { SuggestionView } from '../../shared/schema/suggestions';
import { diffWords } from '../../shared/wordDiff';
import { WordDiff } from '../versions/WordDiff';

/** Proposals for one plain field, shown right under it in their authors' colours. */
export function PlainSuggestions({ open }: { open: readonly SuggestionView[] }) {
  if (open.length === 0) return null;
  return (
    <ul className="plain-suggestions" aria-label="Suggested wording">
      {open.map((view) => (
        <li key={view.id} className="plain-suggestions__item" style={{ ['--suggestion-color' as string]: view.color }} data-testid="plain-suggestion">
          <span className="plain-suggestions__who">{view.name} suggests:</span>{' '}
          <WordDiff change={{ field: '', label: '', before: view.base ?? '', after: view.text, words: diffWords(view.base ?? '', view.text) }} />
        </li>
      ))}
    </ul>
  );
}
