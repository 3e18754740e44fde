import { UserPlus } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { UserView } from '../../shared/api';
import { minPasswordLength, signUp } from '../api/accountApi';
import { ApiFailure } from '../api/ApiFailure';
import { PasswordField } from '../components/PasswordField';
import { ProblemMessage } from '../components/ProblemMessage';
import { TextField } from '../components/TextField';
import { markSignedIn } from '../session/sessionStore';

interface SignUpFormProps {
  initialEmail?: string;
  /** The email is fixed when an invitation names it: accepting needs that exact address. */
  emailLocked?: boolean;
  submitLabel?: string;
  onSignedUp: (user: UserView) => void;
}

export function SignUpForm({ initialEmail = '', emailLocked = false, submitLabel = 'Create account', onSignedUp }: SignUpFormProps) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Checked here too so the reason is said in words before a round trip.
    if (password.length < minPasswordLength) {
      setError(new ApiFailure(400, 'password_short', `Your password needs at least ${minPasswordLength} characters.`));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const user = await signUp({ email: email.trim(), displayName: displayName.trim(), password });
      markSignedIn(user);
      onSignedUp(user);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form className="form-stack" onSubmit={(event) => void handleSubmit(event)} aria-label="Create an account">
      <ProblemMessage error={error} />
      <TextField
        label="Your name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={80}
        hint="The team sees it next to your edits and where you are typing."
        value={displayName}
        onChange={setDisplayName}
      />
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        readOnly={emailLocked}
        hint={emailLocked ? 'The invitation was sent to this address.' : 'You sign in with it. We never show it to people outside your teams.'}
        value={email}
        onChange={setEmail}
      />
      <PasswordField
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        minLength={minPasswordLength}
        hint={`At least ${minPasswordLength} characters. A short sentence is easy to remember and hard to guess.`}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          <UserPlus size={20} aria-hidden="true" />
          {busy ? 'Creating your account…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
