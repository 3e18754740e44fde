import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n/catalogs';
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

export const i18n = createInstance();

void i18n.use(initReactI18next).init({
  resources: Object.fromEntries(languages.map((language) => [language, { translation: catalogs[language] }])),
  lng: initialLanguage(),
  fallbackLng: 'en',
  supportedLngs: [...languages],
  // The catalogs are bundled, so the first render already has every string.
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

/** Switches in place: every mounted component using the catalog re-renders; nothing reloads. */
export async function applyLanguage(language: Language, remember = true): Promise<void> {
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
