import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Catalog } from '../../shared/i18n/en';
import { isLanguage, languageInfo, languages, pickLanguage, type Language } from '../../shared/i18n/languages';

/**
 * The one message catalog of the interface. A person's language comes from their account once
 * signed in; before that from this browser's last choice, else the browser's own languages.
 */

const storageKey = 'bridgeplan.language';

function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(storageKey);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

/** The language to open in before the account is known. */
export function initialLanguage(): Language {
  return storedLanguage() ?? pickLanguage(typeof navigator === 'undefined' ? [] : navigator.languages);
}

/**
 * English is in the first page's code (it is also every other language's fallback); another
 * language's catalog, about as large, comes only when someone reads in it: each one is about 35
 * KB compressed that nobody else downloads.
 */
const loadCatalog: Readonly<Record<Language, () => Promise<Catalog>>> = {
  en: () => Promise.resolve(en),
  es: () => import('../../shared/i18n/es').then((module) => module.es),
};

export const i18n = createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...languages],
  // English is bundled, so the first render already has every string of it.
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;" in names.
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** `lang` and `dir` on <html>: screen readers pick their voice by it, and layout flips by dir. */
function markDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = languageInfo[language].dir;
}

markDocument(currentLanguage());
i18n.on('languageChanged', (language) => {
  if (isLanguage(language)) markDocument(language);
});

export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
}

/** Fetches a language's catalog into the instance, once. */
async function ensureCatalog(language: Language): Promise<void> {
  if (i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await loadCatalog[language]());
}

/**
 * Settles once the language to open in is ready to show, so the first render is already in it.
 * If its catalog cannot be fetched (offline, a deploy under way), the page opens in English.
 */
export const firstLanguageReady: Promise<void> = (async () => {
  const language = initialLanguage();
  if (language === 'en') return;
  try {
    await ensureCatalog(language);
    await i18n.changeLanguage(language);
  } catch {
    // English it is; choosing the language again later fetches it again.
  }
})();

/** Switches in place: every mounted component using the catalog re-renders; nothing reloads. */
export async function applyLanguage(language: Language, remember = true): Promise<void> {
  await ensureCatalog(language);
  if (remember) {
    try {
      window.localStorage.setItem(storageKey, language);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page.
    }
  }
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

/** True once this browser has an explicit choice, which a link's suggestion must not override. */
export function hasChosenLanguage(): boolean {
  return storedLanguage() !== null;
}
