import { useMemo } from 'react';
import { useLocale } from '../i18n/useLocale';

/**
 * A language's name in the reader's language, from Intl (no catalog needed): "Spanish" /
 * "español" inside a sentence, "Español" standing alone as a label.
 */
export function useLanguageName(): (code: string, use?: 'label' | 'sentence') => string {
  const { language } = useLocale();
  return useMemo(() => {
    const names = new Intl.DisplayNames([language], { type: 'language' });
    return (code: string, use: 'label' | 'sentence' = 'sentence') => {
      const name = names.of(code) ?? code;
      return use === 'label' ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
    };
  }, [language]);
}
