import { englishDiffWords, type DiffWords } from './diffWords';
import { spanishDiffWords } from './diffWordsEs';
import type { Language } from './i18n/languages';

const byLanguage: Readonly<Record<Language, DiffWords>> = { en: englishDiffWords, es: spanishDiffWords };

/** The words a comparison is written in for a reader of `language`. */
export const diffWordsIn = (language: Language): DiffWords => byLanguage[language];
