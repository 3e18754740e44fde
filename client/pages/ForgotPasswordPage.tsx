import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { requestPasswordReset } from '../api/accountApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { AppLink } from '../routing/AppLink';
import { currentSearchParam } from '../routing/returnPath';
import { paths } from '../routing/route';
import './AuthPage.css';

export function ForgotPasswordPage() {
  const mailEnabled = useMailEnabled();
  const [email, setEmail] = useState(currentSearchParam('email') ?? '');
  const [sent, setSent] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSent((await requestPasswordReset(email.trim())).message);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppPage title="Forgot your password" user={null} width="narrow" busy={mailEnabled === null}>
      <div className="page-intro">
        <h1 className="page-title">Forgot your password?</h1>
        <p className="page-lead">We mail a link to choose a new one. It works once, for one hour.</p>
      </div>
      {mailEnabled === false && (
        <section className="card">
          <p>This Bridgeplan does not send mail, so it cannot mail you a reset link. Ask the person who runs it for help.</p>
        </section>
      )}
      {mailEnabled && (
        <section className="card" aria-label="Reset your password">
          {sent ? (
            <p className="status-line" role="status" data-testid="reset-requested">{sent}</p>
          ) : (
            <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label="Ask for a reset link">
              <ProblemMessage error={error} />
              <TextField
                label="Email"
                type="email"
                name="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                hint="The confirmed email of your account."
                value={email}
                onChange={setEmail}
              />
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={busy}>
                  <Send size={20} aria-hidden="true" />
                  Mail me a reset link
                </button>
              </div>
            </form>
          )}
        </section>
      )}
      <p className="auth-switch"><AppLink to={paths.signIn}>Back to sign in</AppLink></p>
    </AppPage>
  );
}
