import { AppPage } from '../components/AppPage';
import { SignInForm } from '../auth/SignInForm';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { currentSearchParam, withNext } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import './AuthPage.css';
import { useTranslation } from 'react-i18next';

interface SignInPageProps {
  /** Where to go after signing in; null stays on the page (it re-renders as the signed-in one). */
  next: string | null;
  /** When shown in place of a page that needs an account, say so. */
  reason?: string;
}

export function SignInPage({ next, reason }: SignInPageProps) {
  const { t } = useTranslation();
  const email = currentSearchParam('email') ?? '';
  return (
    <AppPage title={t('auth.signInTitle')} user={null} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{t('auth.signInHeading')}</h1>
        <p className="page-lead">{reason ?? t('auth.tagline')}</p>
      </div>
      <section className="card" aria-label={t('auth.signInTitle')}>
        <SignInForm
          initialEmail={email}
          onSignedIn={() => {
            if (next) navigate(next, { replace: true });
            // Signed in where they stand (the home page, a plan's address), the page they asked
            // for opens at its top, not scrolled to where the sign-in button was on a phone.
            window.scrollTo(0, 0);
          }}
        />
      </section>
      <p className="auth-switch auth-switch--alone">
        <AppLink to={withNext(paths.forgotPassword, null, email || undefined)}>{t('auth.forgotPassword')}</AppLink>
      </p>
      <p className="auth-switch">
        {t('auth.newHere')}<AppLink to={withNext(paths.signUp, next, email || undefined)}>{t('auth.createAccountLink')}</AppLink>
      </p>
    </AppPage>
  );
}
