import { Check, Lock, MailOpen } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { InvitationPreview, UserView } from '../../shared/api';
import { acceptInvitation, previewInvitation } from '../api/accountApi';
import { useApiData } from '../api/useApiData';
import { SignInForm } from '../auth/SignInForm';
import { SignUpForm } from '../auth/SignUpForm';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { signOut } from '../session/sessionStore';
import { roleAfterAs, roleDescription } from '../workspace/roleLabels';
import './AuthPage.css';
import './InvitePage.css';
import { Trans, useTranslation } from 'react-i18next';
import { applyLanguage, hasChosenLanguage } from '../i18n/i18n';
import { useLocale } from '../i18n/useLocale';

const closedReasons = {
  accepted: 'invite.accepted',
  expired: 'invite.expired',
  revoked: 'invite.revoked',
} as const satisfies Record<Exclude<InvitationPreview['status'], 'pending'>, string>;

export function InvitePage({ secret, user }: { secret: string; user: UserView | null }) {
  // Asked again after signing in: the student's name is shown only to the invited person.
  const [preview] = useApiData(() => previewInvitation(secret), `${secret}:${user?.id ?? ''}`);
  const { t } = useTranslation();
  const suggested = preview.status === 'ready' ? preview.data.language : null;
  // The inviter chose the family's language: open in it, unless this browser already chose one
  // or the person is signed in (their account's language stands).
  useEffect(() => {
    if (suggested && !user && !hasChosenLanguage()) void applyLanguage(suggested, false);
  }, [suggested, user]);

  return (
    <AppPage title={t('invite.title')} user={user} width="narrow" busy={preview.status === 'loading'}>
      {preview.status === 'loading' && <p className="muted">{t('invite.opening')}</p>}
      {preview.status === 'failed' && (
        <>
          <h1 className="page-title">{t('invite.title')}</h1>
          <ProblemMessage error={preview.error} />
          <p><AppLink to={paths.home}>{t('invite.goHome')}</AppLink></p>
        </>
      )}
      {preview.status === 'ready' && <Invitation secret={secret} invitation={preview.data} user={user} />}
    </AppPage>
  );
}

function Invitation({ secret, invitation, user }: { secret: string; invitation: InvitationPreview; user: UserView | null }) {
  const { t } = useTranslation();
  const team = invitation.studentName ? t('invite.studentTeam', { name: invitation.studentName }) : t('invite.aStudentTeam');
  const isInvitee = user !== null && user.email.toLowerCase() === invitation.email.toLowerCase();

  return (
    <>
      <div className="page-intro">
        <p className="invite__kicker"><MailOpen size={20} aria-hidden="true" /> {t('invite.title')}</p>
        <h1 className="page-title" data-testid="invitation-title">
          {t('invite.invitedYou', { inviter: invitation.invitedByName, team })}
        </h1>
        <p className="page-lead">
          {t('invite.asRole', { role: roleAfterAs(invitation.role) })} {roleDescription(invitation.role)}
        </p>
      </div>

      {invitation.status !== 'pending' ? (
        <section className="card">
          <p className="invite__closed">{t(closedReasons[invitation.status])}</p>
          <p>{t('invite.askAgain', { inviter: invitation.invitedByName })}</p>
          {user && <p><AppLink to={paths.home}>{t('invite.goToStudents')}</AppLink></p>}
        </section>
      ) : user === null ? (
        <SignedOutInvitation invitation={invitation} />
      ) : isInvitee && !user.emailVerified ? (
        // Holding the link is not proof of owning the address: confirm it first, then accept here.
        <VerifyEmailNotice user={user} purpose={t('invite.verifyPurpose')} />
      ) : isInvitee ? (
        <AcceptInvitation secret={secret} team={team} />
      ) : (
        <section className="card">
          <p>
            <Trans i18nKey="invite.wrongAccount" values={{ signedIn: user.email, invited: invitation.email }} components={{ strong: <strong /> }} />
          </p>
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => void signOut()}>
              {t('invite.signOutContinue')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}

function SignedOutInvitation({ invitation }: { invitation: InvitationPreview }) {
  const [mode, setMode] = useState<'signup' | 'signin'>('signup');
  const { t } = useTranslation();
  const { date } = useLocale();
  return (
    <>
      <p className="note">
        <Lock size={18} aria-hidden="true" />
        <span>
          <Trans i18nKey="invite.privacy" values={{ email: invitation.email, date: date(invitation.expiresAt) }} components={{ strong: <strong /> }} />
        </span>
      </p>
      <section className="card" aria-labelledby="invite-account-title">
        <h2 className="card__title" id="invite-account-title">
          {mode === 'signup' ? t('invite.createToAccept') : t('invite.signInToAccept')}
        </h2>
        {mode === 'signup' ? (
          <SignUpForm initialEmail={invitation.email} emailLocked onSignedUp={() => undefined} />
        ) : (
          <SignInForm initialEmail={invitation.email} onSignedIn={() => undefined} />
        )}
      </section>
      <p className="auth-switch">
        {mode === 'signup' ? t('invite.haveAccountEmail') : t('auth.newHere')}
        <button type="button" className="link-button" onClick={() => setMode(mode === 'signup' ? 'signin' : 'signup')}>
          {mode === 'signup' ? t('invite.signInInstead') : t('invite.createInstead')}
        </button>
      </p>
    </>
  );
}

function AcceptInvitation({ secret, team }: { secret: string; team: string }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { t } = useTranslation();

  async function handleAccept() {
    setBusy(true);
    setError(null);
    try {
      const joined = await acceptInvitation(secret);
      navigate(paths.workspace(joined.workspaceId), { replace: true });
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-label={t('invite.acceptLabel')}>
      <ProblemMessage error={error} />
      <p>{t('invite.onceYouJoin')}</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void handleAccept()}>
          <Check size={20} aria-hidden="true" />
          {busy ? t('invite.joining') : t('invite.acceptAndJoin', { team })}
        </button>
      </div>
    </section>
  );
}
