import { ShieldCheck } from 'lucide-react';
import { AppPage } from '../components/AppPage';
import { SignUpForm } from '../auth/SignUpForm';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { currentSearchParam, withNext } from '../routing/returnPath';
import { paths } from '../routing/route';
import './AuthPage.css';

interface SignUpPageProps {
  next: string | null;
  /** A fresh installation: this account starts it. */
  firstAccount?: boolean;
}

export function SignUpPage({ next, firstAccount = false }: SignUpPageProps) {
  const email = currentSearchParam('email') ?? '';
  return (
    <AppPage title={firstAccount ? 'Create the first account' : 'Create an account'} user={null} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{firstAccount ? 'Create the first account' : 'Create your account'}</h1>
        <p className="page-lead">
          {firstAccount
            ? 'This Bridgeplan is new. Start with your own account; then add a student and invite their team.'
            : 'Join your student’s team: teachers, therapists and parents working on one plan.'}
        </p>
      </div>
      <section className="card" aria-label="Create an account">
        <SignUpForm initialEmail={email} onSignedUp={() => navigate(next ?? paths.home, { replace: true })} />
      </section>
      <p className="note">
        <ShieldCheck size={20} aria-hidden="true" />
        <span>You only see the students whose teams invite you. Nobody else sees your account.</span>
      </p>
      {!firstAccount && (
        <p className="auth-switch">
          Already have an account? <AppLink to={withNext(paths.signIn, next, email || undefined)}>Sign in</AppLink>
        </p>
      )}
    </AppPage>
  );
}
