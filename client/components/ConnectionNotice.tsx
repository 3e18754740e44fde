import { ArrowLeft, LogIn, RefreshCw, TriangleAlert } from 'lucide-react';
import type { ConnectionNotice as Notice } from '../collab/connectionView';
import { AppLink } from '../routing/AppLink';
import { markSignedOut } from '../session/sessionStore';
import './ConnectionNotice.css';
import { useTranslation } from 'react-i18next';

interface ConnectionNoticeProps {
  notice: Notice | null;
  onRetry: () => void;
  /** Sign-in page that returns to this plan. */
  signInHref: string;
  /** Where to go when access is gone (the student list). */
  leaveHref: string;
}

/** The longer explanation when something needs the person's attention. */
export function ConnectionNotice({ notice, onRetry, signInHref, leaveHref }: ConnectionNoticeProps) {
  const { t } = useTranslation();
  // The alert region stays mounted so assistive technology announces the text when it appears.
  return (
    <div className="connection-notice-region" role="alert">
      {notice && (
        <div className="connection-notice" data-testid="connection-notice" data-action={notice.action ?? undefined}>
          <TriangleAlert className="connection-notice__icon" size={22} aria-hidden="true" />
          <div className="connection-notice__text">
            <p className="connection-notice__title">{notice.title}</p>
            <p>{notice.message}</p>
          </div>
          {notice.action === 'retry' && (
            <button type="button" className="button button--secondary" onClick={onRetry}>
              <RefreshCw size={18} aria-hidden="true" /> {t('common.tryAgain')}
            </button>
          )}
          {notice.action === 'sign-in' && (
            // The app still believes it is signed in; tell it otherwise so the sign-in page shows.
            <AppLink to={signInHref} className="button button--primary connection-notice__link" onClick={markSignedOut}>
              <LogIn size={18} aria-hidden="true" /> {t('problems.signInAgain')}
            </AppLink>
          )}
          {notice.action === 'leave' && (
            <AppLink to={leaveHref} className="button button--secondary connection-notice__link">
              <ArrowLeft size={18} aria-hidden="true" /> {t('workspace.back')}
            </AppLink>
          )}
        </div>
      )}
    </div>
  );
}
