import { Send } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { requestPasswordReset } from '../api/accountApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { AppLink } from '../routing/AppLink';
import { currentSearchParam } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import './AuthPage.css';
import { useTranslation } from 'react-i18next';

export function ForgotPasswordPage() {
  const mailEnabled = useMailEnabled();
  const { t } = useTranslation();
  const [email, setEmail] = useState(currentSearchParam('email') ?? '');
  // The address it went to, not the sentence: worded when shown, it follows a change of language.
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const address = email.trim();
      await requestPasswordReset(address);
      // Said from the catalog, in the reader's language; the server's own sentence is English.
      setSentTo(address.toLowerCase());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <AppPage title={t('reset.forgotTitle')} user={null} width="narrow" busy={mailEnabled === null}>
      <div className="page-intro">
        <h1 className="page-title">{t('auth.forgotPassword')}</h1>
        <p className="page-lead">{t('reset.forgotLead')}</p>
      </div>
      {mailEnabled === false && (
        <section className="card">
          <p>{t('reset.noMail')}</p>
        </section>
      )}
      {mailEnabled && (
        <section className="card" aria-label={t('reset.resetLabel')}>
          {sentTo !== null ? (
            <p className="status-line" role="status" data-testid="reset-requested">{t('reset.sent', { email: sentTo })}</p>
          ) : (
            <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('reset.askLabel')}>
              <ProblemMessage error={error} />
              <TextField
                label={t('common.email')}
                type="email"
                name="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                hint={t('reset.emailHint')}
                value={email}
                onChange={setEmail}
              />
              <div className="form-actions">
                <button type="submit" className="button button--primary" disabled={busy}>
                  <Send size={20} aria-hidden="true" />
                  {t('reset.mailMe')}
                </button>
              </div>
            </form>
          )}
        </section>
      )}
      <p className="auth-switch auth-switch--alone"><AppLink to={paths.signIn}>{t('reset.back')}</AppLink></p>
    </AppPage>
  );
}
