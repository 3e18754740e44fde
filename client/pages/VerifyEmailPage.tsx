import { MailCheck } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { UserView } from '../../shared/api';
import { verifyEmail } from '../api/accountApi';
import { refreshUser } from '../auth/refreshUser';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import './AuthPage.css';
import { Trans, useTranslation } from 'react-i18next';

/** One request per link even if the page renders twice: the link works only once. */
const verifying = new Map<string, ReturnType<typeof verifyEmail>>();

type Outcome = { status: 'working' } | { status: 'done'; email: string } | { status: 'failed'; error: unknown };

/** Opened from the mailed link, in whatever browser the mail app picks, signed in or not. */
export function VerifyEmailPage({ secret, user }: { secret: string; user: UserView | null }) {
  const [outcome, setOutcome] = useState<Outcome>({ status: 'working' });
  const { t } = useTranslation();

  useEffect(() => {
    let current = true;
    if (!verifying.has(secret)) verifying.set(secret, verifyEmail(secret));
    verifying.get(secret)!.then(
      async (answer) => {
        if (current) setOutcome({ status: 'done', email: answer.email });
        // The signed-in page elsewhere in this browser learns the news too.
        if (user && user.email.toLowerCase() === answer.email.toLowerCase()) await refreshUser().catch(() => undefined);
      },
      (error: unknown) => current && setOutcome({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // The user changes when refreshUser() lands; the link must not be sent again then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [secret]);

  return (
    <AppPage title={t('verify.title')} user={user} width="narrow" busy={outcome.status === 'working'}>
      <div className="page-intro">
        <h1 className="page-title">
          {outcome.status === 'done' ? t('verify.done') : outcome.status === 'failed' ? t('verify.failed') : t('verify.working')}
        </h1>
      </div>
      {outcome.status === 'done' && (
        <section className="card">
          <p className="note">
            <MailCheck size={20} aria-hidden="true" />
            <span>
              <Trans i18nKey="verify.doneNote" values={{ email: outcome.email }} components={{ strong: <strong /> }} />
            </span>
          </p>
          <p><AppLink to={paths.home}>{t('invite.goToStudents')}</AppLink></p>
        </section>
      )}
      {outcome.status === 'failed' && (
        <section className="card">
          <ProblemMessage error={outcome.error} />
          <p>{t('verify.askNew')}</p>
          <p><AppLink to={paths.home}>{t('invite.goHome')}</AppLink></p>
        </section>
      )}
    </AppPage>
  );
}
