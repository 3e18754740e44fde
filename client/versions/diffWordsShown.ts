import { englishDiffWords, type DiffWords } from '../../shared/diffWords';
import { spanishDiffWords } from '../../shared/diffWordsEs';
import type { Catalog } from '../../shared/i18n/en';
import type { Language } from '../../shared/i18n/languages';
import { i18n } from '../i18n/i18n';

/**
 * The words a frozen plan's parts are read in on this page. The Spanish catalog is the one
 * the page loaded when the reader chose Spanish; English is always there.
 */
export function diffWordsShown(language: Language): DiffWords {
  const catalog = language === 'es' ? (i18n.getResourceBundle('es', 'translation') as Catalog | undefined) : undefined;
  return catalog ? spanishDiffWords(catalog) : englishDiffWords;
}
