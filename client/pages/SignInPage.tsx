import { AppPage } from '../components/AppPage';
import { SignInForm } from '../auth/SignInForm';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { currentSearchParam, withNext } from '../routing/returnPath';
import { paths } from '../routing/route';
import './AuthPage.css';

interface SignInPageProps {
  /** Where to go after signing in; null stays on the page (it re-renders as the signed-in one). */
  next: string | null;
  /** When shown in place of a page that needs an account, say so. */
  reason?: string;
}

export function SignInPage({ next, reason }: SignInPageProps) {
  const email = currentSearchParam('email') ?? '';
  return (
    <AppPage title="Sign in" user={null} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">Sign in to Bridgeplan</h1>
        <p className="page-lead">{reason ?? 'One live plan for a child’s whole team: school, clinic and home.'}</p>
      </div>
      <section className="card" aria-label="Sign in">
        <SignInForm
          initialEmail={email}
          onSignedIn={() => {
            if (next) navigate(next, { replace: true });
          }}
        />
      </section>
      <p className="auth-switch">
        <AppLink to={withNext(paths.forgotPassword, null, email || undefined)}>Forgot your password?</AppLink>
      </p>
      <p className="auth-switch">
        New to Bridgeplan? <AppLink to={withNext(paths.signUp, next, email || undefined)}>Create an account</AppLink>
      </p>
    </AppPage>
  );
}
