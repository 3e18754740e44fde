import { englishDiffWords, type DiffWords } from '../../shared/diffWords';
import { spanishDiffWords } from '../../shared/diffWordsEs';
import { es } from '../../shared/i18n/es';
import type { Language } from '../../shared/i18n/languages';

const byLanguage: Readonly<Record<Language, DiffWords>> = { en: englishDiffWords, es: spanishDiffWords(es) };

/** The words a comparison is written in for a reader of `language`. */
export const diffWordsIn = (language: Language): DiffWords => byLanguage[language];
