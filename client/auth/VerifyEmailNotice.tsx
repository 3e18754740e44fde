import { MailCheck, RefreshCw, Send } from 'lucide-react';
import { useState } from 'react';
import type { UserView } from '../../shared/api';
import { sendVerificationMail } from '../api/accountApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { refreshUser } from './refreshUser';
import { useMailEnabled } from './useMailEnabled';
import './VerifyEmailNotice.css';
import { Trans, useTranslation } from 'react-i18next';

interface VerifyEmailNoticeProps {
  user: UserView;
  /** What confirming unlocks here, e.g. "to accept this invitation". */
  purpose?: string;
  /** On pages where it is only a reminder: without mail there is nothing the person can do alone. */
  hideWithoutMail?: boolean;
}

/**
 * Tells someone whose email is not confirmed what to do: open the mailed link, or, when this
 * Bridgeplan sends no mail, ask the case manager to confirm it in person. Renders nothing once
 * the email is confirmed.
 */
export function VerifyEmailNotice({ user, purpose: givenPurpose, hideWithoutMail = false }: VerifyEmailNoticeProps) {
  const mailEnabled = useMailEnabled();
  const { t } = useTranslation();
  const purpose = givenPurpose ?? t('verify.purpose');
  const [status, setStatus] = useState<string>('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  if (user.emailVerified || mailEnabled === null || (hideWithoutMail && !mailEnabled)) return null;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setError(null);
    try {
      setStatus(await action());
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const checkAgain = () =>
    run(async () => {
      await refreshUser();
      return t('verify.notYet');
    });

  return (
    <section className="card verify-notice" aria-labelledby="verify-notice-title" data-testid="verify-email-notice">
      <h2 className="card__title verify-notice__title" id="verify-notice-title">
        <MailCheck size={22} aria-hidden="true" /> {t('verify.title')}
      </h2>
      {mailEnabled ? (
        <p>
          <Trans i18nKey="verify.mailed" values={{ email: user.email, purpose }} components={{ strong: <strong /> }} />
        </p>
      ) : (
        <p>
          <Trans i18nKey="verify.noMail" values={{ email: user.email, purpose }} components={{ strong: <strong /> }} />
        </p>
      )}
      <ProblemMessage error={error} />
      <p className="status-line" role="status">{status}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void checkAgain()}>
          <RefreshCw size={18} aria-hidden="true" />
          {t('verify.confirmed')}
        </button>
        {mailEnabled && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void run(async () => t('verify.sentAgain', { email: (await sendVerificationMail()).sentTo }))}
          >
            <Send size={18} aria-hidden="true" />
            {t('verify.sendAgain')}
          </button>
        )}
      </div>
    </section>
  );
}
