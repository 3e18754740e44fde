import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { completePasswordReset, minPasswordLength } from '../api/accountApi';
import { ApiFailure } from '../api/ApiFailure';
import { AppPage } from '../components/AppPage';
import { PasswordField } from '../components/PasswordField';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { withNext } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import { markSignedOut } from '../session/sessionStore';
import './AuthPage.css';
import { useTranslation } from 'react-i18next';

/** Opened from the mailed reset link. */
export function ResetPasswordPage({ secret }: { secret: string }) {
  const [password, setPassword] = useState('');
  const { t } = useTranslation();
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password.length < minPasswordLength) {
      setError(new ApiFailure(400, 'password_short', t('auth.passwordShort', { count: minPasswordLength })));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { email } = await completePasswordReset(secret, password);
      // Every session of the account ended, this browser's included.
      markSignedOut();
      setDoneFor(email);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <AppPage title={t('reset.chooseTitle')} user={null} width="narrow">
      <div className="page-intro">
        <h1 className="page-title">{doneFor ? t('reset.changed') : t('reset.chooseTitle')}</h1>
      </div>
      <section className="card">
        {doneFor ? (
          <>
            <p role="status">{t('reset.signedOut')}</p>
            <p><AppLink to={withNext(paths.signIn, null, doneFor)}>{t('auth.signIn')}</AppLink></p>
          </>
        ) : (
          <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('reset.chooseTitle')}>
            <ProblemMessage error={error} />
            <PasswordField
              label={t('reset.newPassword')}
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
              minLength={minPasswordLength}
              hint={t('reset.atLeast', { count: minPasswordLength })}
            />
            <div className="form-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                <KeyRound size={20} aria-hidden="true" />
                {t('reset.save')}
              </button>
            </div>
          </form>
        )}
      </section>
    </AppPage>
  );
}
