import { BookOpen, CalendarClock, LogOut, Settings, UserRound } from 'lucide-react';
import { useState } from 'react';
import type { UserView } from '../../shared/api';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { signOut } from '../session/sessionStore';
import { BrandLink } from './BrandLink';
import './AppHeader.css';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../i18n/LanguageSelect';

/** On every signed-in page: where you are, who you are, and the way out. */
export function AppHeader({ user }: { user: UserView }) {
  const [signingOut, setSigningOut] = useState(false);
  const { t } = useTranslation();

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut();
    } finally {
      setSigningOut(false);
      navigate(paths.home);
    }
  }

  return (
    <header className="app-header">
      <BrandLink />
      <nav className="app-header__nav" aria-label={t('header.account')}>
        <p className="app-header__user" data-testid="signed-in-user">
          <UserRound size={18} aria-hidden="true" />
          <span className="visually-hidden">{t('header.signedInAs')}</span>
          <span className="app-header__name">{user.displayName}</span>
        </p>
        <AppLink to={paths.caseload} className="app-header__link">
          <CalendarClock size={18} aria-hidden="true" />
          <span className="app-header__link-text">{t('header.caseload')}</span>
        </AppLink>
        <AppLink to={paths.glossary} className="app-header__link">
          <BookOpen size={18} aria-hidden="true" />
          <span className="app-header__link-text">{t('header.glossary')}</span>
        </AppLink>
        <LanguageSelect user={user} />
        <AppLink to={paths.settings} className="app-header__link">
          <Settings size={18} aria-hidden="true" />
          <span className="app-header__link-text">{t('header.settings')}</span>
        </AppLink>
        <button type="button" className="button button--quiet app-header__signout" disabled={signingOut} onClick={() => void handleSignOut()}>
          <LogOut size={18} aria-hidden="true" />
          <span className="app-header__link-text">{t('header.signOut')}</span>
        </button>
      </nav>
    </header>
  );
}
