import { useState } from 'react';
import { signOutEverywhere } from '../api/accountApi';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { signOut } from '../session/sessionStore';
import { useTranslation } from 'react-i18next';

/** For a lost phone or a shared computer someone forgot to sign out of. */
export function SignOutEverywhereCard() {
  const { t } = useTranslation();
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
        <h2 className="card__title" id="sessions-title">{t('settingsCards.devices')}</h2>
        <p className="muted">
          {t('settingsCards.devicesLead')}
        </p>
      </div>
      <ProblemMessage error={error} />
      <div className="form-actions">
        <ConfirmButton question={t('settingsCards.signOutQuestion')} confirmLabel={t('settingsCards.signOutEverywhere')} onConfirm={handleConfirm}>
          {t('settingsCards.signOutEverywhere')}
        </ConfirmButton>
      </div>
    </section>
  );
}
