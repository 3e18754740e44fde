import { KeyRound } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { changePassword, minPasswordLength } from '../api/accountApi';
import { ApiFailure } from '../api/ApiFailure';
import { PasswordField } from '../components/PasswordField';
import { ProblemMessage } from '../components/ProblemMessage';
import { useTranslation } from 'react-i18next';

/** Needs the current password; every other device is signed out once it is changed. */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const { t } = useTranslation();
  // Whether it changed, not the words: worded when shown, the line follows a change of language.
  const [changed, setChanged] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setChanged(false);
    if (next.length < minPasswordLength) {
      setError(new ApiFailure(400, 'password_short', `Your new password needs at least ${minPasswordLength} characters.`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await changePassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setChanged(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="password-title">
      <h2 className="card__title" id="password-title">{t('settingsCards.password')}</h2>
      <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('settingsCards.changePassword')}>
        <ProblemMessage error={error} />
        <p className="status-line" role="status">{changed ? t('settingsCards.passwordChanged') : ''}</p>
        <PasswordField label={t('settingsCards.currentPassword')} value={current} onChange={setCurrent} autoComplete="current-password" />
        <PasswordField
          label={t('settingsCards.newPassword')}
          value={next}
          onChange={setNext}
          autoComplete="new-password"
          minLength={minPasswordLength}
          hint={t('settingsCards.atLeast', { count: minPasswordLength })}
        />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            <KeyRound size={20} aria-hidden="true" />
            {t('settingsCards.change')}
          </button>
        </div>
      </form>
    </section>
  );
}
