/**
 * The languages Bridgeplan speaks. Adding one is adding its catalog (shared/i18n/<code>.ts) and
 * a line here; a right-to-left language sets `dir` so the layout (logical CSS properties) flips.
 */

export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];

export const defaultLanguage: Language = 'en';

export interface LanguageInfo {
  /** The language's own name, so a person finds theirs whatever language the page is in. */
  readonly nativeName: string;
  /** BCP 47 tag used for Intl formatting. */
  readonly locale: string;
  readonly dir: 'ltr' | 'rtl';
}

export const languageInfo: Readonly<Record<Language, LanguageInfo>> = {
  en: { nativeName: 'English', locale: 'en-US', dir: 'ltr' },
  es: { nativeName: 'Español', locale: 'es-US', dir: 'ltr' },
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/**
 * The first supported language among a browser's preferences ("es-MX" → "es"), else English.
 */
export function pickLanguage(preferences: readonly string[]): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return defaultLanguage;
}
