import { ShieldCheck } from 'lucide-react';
import { AppPage } from '../components/AppPage';
import { SignUpForm } from '../auth/SignUpForm';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { currentSearchParam, withNext } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import './AuthPage.css';
import { useTranslation } from 'react-i18next';

interface SignUpPageProps {
  next: string | null;
  /** A fresh installation: this account starts it. */
  firstAccount?: boolean;
}

export function SignUpPage({ next, firstAccount = false }: SignUpPageProps) {
  const { t } = useTranslation();
  const email = currentSearchParam('email') ?? '';
  return (
    <AppPage title={firstAccount ? t('auth.createFirstTitle') : t('auth.createTitle')} user={null} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{firstAccount ? t('auth.createFirstTitle') : t('auth.createHeading')}</h1>
        <p className="page-lead">
          {firstAccount ? t('auth.firstLead') : t('auth.joinLead')}
        </p>
      </div>
      <section className="card" aria-label={t('auth.createTitle')}>
        <SignUpForm initialEmail={email} onSignedUp={() => navigate(next ?? paths.home, { replace: true })} />
      </section>
      <p className="note">
        <ShieldCheck size={20} aria-hidden="true" />
        <span>{t('auth.privacyNote')}</span>
      </p>
      {!firstAccount && (
        <p className="auth-switch">
          {t('auth.haveAccount')}<AppLink to={withNext(paths.signIn, next, email || undefined)}>{t('auth.signIn')}</AppLink>
        </p>
      )}
    </AppPage>
  );
}
