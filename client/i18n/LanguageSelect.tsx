import { Languages } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../shared/api';
import { isLanguage, languageInfo, languages, type Language } from '../../shared/i18n/languages';
import { setLanguage } from '../api/accountApi';
import { markSignedIn } from '../session/sessionStore';
import { applyLanguage, currentLanguage } from './i18n';
import './LanguageSelect.css';

/**
 * Switches the interface language in place. Signed in, the choice is saved on the account (so
 * mail follows it too); signed out, it is remembered by this browser. Open editors keep their
 * text: they are bound to the shared document, not to the rendered words around them.
 */
export function LanguageSelect({ user }: { user: UserView | null }) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);

  async function choose(language: Language) {
    setFailed(false);
    await applyLanguage(language);
    if (!user) return;
    try {
      markSignedIn(await setLanguage(language));
    } catch {
      setFailed(true);
    }
  }

  return (
    <span className="language-select">
      <label className="language-select__label">
        <Languages size={18} aria-hidden="true" />
        <span className="visually-hidden">{t('language.label')}</span>
        <select
          className="language-select__control"
          data-testid="language-select"
          value={currentLanguage()}
          onChange={(event) => {
            if (isLanguage(event.target.value)) void choose(event.target.value);
          }}
        >
          {languages.map((language) => (
            // Each name in its own language, so a person finds theirs whatever the page shows.
            <option key={language} value={language} lang={language}>
              {languageInfo[language].nativeName}
            </option>
          ))}
        </select>
      </label>
      {failed && <span role="alert" className="language-select__problem">{t('language.changeFailed')}</span>}
    </span>
  );
}
