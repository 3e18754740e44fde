import { useState } from 'react';
import { signOutEverywhere } from '../api/accountApi';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { signOut } from '../session/sessionStore';

/** For a lost phone or a shared computer someone forgot to sign out of. */
export function SignOutEverywhereCard() {
  const [error, setError] = useState<unknown>(null);

  async function handleConfirm() {
    setError(null);
    try {
      await signOutEverywhere();
      // Then the ordinary sign-out of this browser, so it forgets what a sign-out forgets.
      await signOut();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section className="card" aria-labelledby="sessions-title">
      <div className="card__intro">
        <h2 className="card__title" id="sessions-title">Signed-in devices</h2>
        <p className="muted">
          Signs you out on every computer and phone, this one included. Plans open elsewhere stop syncing at once.
          Access tokens keep working; revoke them below.
        </p>
      </div>
      <ProblemMessage error={error} />
      <div className="form-actions">
        <ConfirmButton question="Sign out on every device, this one included?" confirmLabel="Sign out everywhere" onConfirm={handleConfirm}>
          Sign out everywhere
        </ConfirmButton>
      </div>
    </section>
  );
}
