import { useEffect, type ReactNode } from 'react';
import type { UserView } from '../../shared/api';
import { AppHeader } from './AppHeader';
import { BrandLink } from './BrandLink';
import '../styles/layout.css';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../i18n/LanguageSelect';

interface AppPageProps {
  /** The browser tab's title, before "· Bridgeplan". */
  title: string;
  /** Signed-in pages show the account header; signed-out ones just the brand. */
  user: UserView | null;
  /** `narrow` for forms read top to bottom (sign in, invitations). */
  width?: 'narrow' | 'wide';
  busy?: boolean;
  children: ReactNode;
}

export function AppPage({ title, user, width = 'wide', busy, children }: AppPageProps) {
  const { t } = useTranslation();
  const fullTitle = t('common.titleSuffix', { title });
  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);

  return (
    <div className="page">
      <a className="skip-link" href="#main">{t('common.skipToContent')}</a>
      {user ? (
        <AppHeader user={user} />
      ) : (
        <header className="page__plain-header">
          <BrandLink />
          <LanguageSelect user={null} />
        </header>
      )}
      <main className={`page__main page__main--${width}`} id="main" tabIndex={-1} aria-busy={busy || undefined}>
        {children}
      </main>
    </div>
  );
}
