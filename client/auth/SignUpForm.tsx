import { UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { UserView } from '../../shared/api';
import { minPasswordLength, signUp } from '../api/accountApi';
import { ApiFailure } from '../api/ApiFailure';
import { PasswordField } from '../components/PasswordField';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { markSignedIn } from '../session/sessionStore';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n/i18n';

interface SignUpFormProps {
  initialEmail?: string;
  /** The email is fixed when an invitation names it: accepting needs that exact address. */
  emailLocked?: boolean;
  submitLabel?: string;
  onSignedUp: (user: UserView) => void;
}

export function SignUpForm({ initialEmail = '', emailLocked = false, submitLabel, onSignedUp }: SignUpFormProps) {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked here too so the reason is said in words before a round trip.
    if (password.length < minPasswordLength) {
      setError(new ApiFailure(400, 'password_short', t('auth.passwordShort', { count: minPasswordLength })));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await signUp({ email: email.trim(), displayName: displayName.trim(), password, language: currentLanguage() });
      markSignedIn(user);
      onSignedUp(user);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.createTitle')}>
      <ProblemMessage error={error} />
      <TextField
        label={t('auth.yourName')}
        name="displayName"
        autoComplete="name"
        required
        maxLength={80}
        hint={t('auth.yourNameHint')}
        value={displayName}
        onChange={setDisplayName}
      />
      <TextField
        label={t('common.email')}
        type="email"
        name="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        readOnly={emailLocked}
        hint={emailLocked ? t('auth.emailLockedHint') : t('auth.emailHint')}
        value={email}
        onChange={setEmail}
      />
      <PasswordField
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={t('auth.passwordHint', { count: minPasswordLength })}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <UserPlus size={20} aria-hidden="true" />
          {busy ? t('auth.creatingAccount') : (submitLabel ?? t('auth.createAccount'))}
        </button>
      </div>
    </form>
  );
}
