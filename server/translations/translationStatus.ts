import type { TranslationView } from '../../shared/translations';
import { diffWords } from '../../shared/wordDiff';
import type { StoredTranslation } from './TranslationRepository';

/**
 * A stored translation judged against the field's words now: current while they are the words
 * it translated, else out of date, with the change shown word by word (old source → now).
 */
export function translationView(translation: StoredTranslation, currentSource: string): TranslationView {
  const current = translation.sourceText === currentSource;
  return {
    path: translation.path,
    language: translation.language,
    text: translation.text,
    sourceText: translation.sourceText,
    author: translation.author,
    updatedAt: translation.updatedAt,
    status: current ? 'current' : 'outdated',
    sourceChange: current ? [] : diffWords(translation.sourceText, currentSource),
  };
}
