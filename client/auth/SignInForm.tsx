import { LogIn } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { UserView } from '../../shared/api';
import { signIn } from '../api/accountApi';
import { PasswordField } from '../components/PasswordField';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { isSharedComputer, setSharedComputer, wipeLocalCopies } from '../session/localCopies';
import { markSignedIn } from '../session/sessionStore';
import { useTranslation } from 'react-i18next';

interface SignInFormProps {
  initialEmail?: string;
  onSignedIn: (user: UserView) => void;
}

export function SignInForm({ initialEmail = '', onSignedIn }: SignInFormProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [sharedComputer, setShared] = useState(isSharedComputer);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn({ email: email.trim(), password });
      // Decided before any document opens: on a shared computer none is ever written locally.
      setSharedComputer(sharedComputer);
      // Whatever an earlier visit left here (a sign-out cut short by closing the tab) goes too.
      if (sharedComputer) await wipeLocalCopies();
      markSignedIn(user);
      onSignedIn(user);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label={t('auth.signInTitle')}>
      <ProblemMessage error={error} />
      <TextField
        label={t('common.email')}
        type="email"
        name="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={email}
        onChange={setEmail}
      />
      <PasswordField value={password} onChange={setPassword} autoComplete="current-password" />
      <div className="field">
        <label className="field__choice">
          <input type="checkbox" name="sharedComputer" checked={sharedComputer} onChange={(event) => setShared(event.target.checked)} />
          {t('auth.sharedComputer')}
        </label>
        <p className="field__hint">{t('auth.sharedComputerHint')}</p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <LogIn size={20} aria-hidden="true" />
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </div>
    </form>
  );
}
