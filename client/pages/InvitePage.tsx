import { Check, Lock, MailOpen } from 'lucide-react';
import { useState } from 'react';
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
import { paths } from '../routing/route';
import { signOut } from '../session/sessionStore';
import { formatDate, roleDescription, roleLabel, withArticle } from '../workspace/roleLabels';
import './InvitePage.css';

const closedReasons: Record<Exclude<InvitationPreview['status'], 'pending'>, string> = {
  accepted: 'This invitation has been used already.',
  expired: 'This invitation has expired.',
  revoked: 'This invitation was withdrawn.',
};

export function InvitePage({ secret, user }: { secret: string; user: UserView | null }) {
  // Asked again after signing in: the student's name is shown only to the invited person.
  const [preview] = useApiData(() => previewInvitation(secret), `${secret}:${user?.id ?? ''}`);

  return (
    <AppPage title="Invitation" user={user} width="narrow" busy={preview.status === 'loading'}>
      {preview.status === 'loading' && <p className="muted">Opening the invitation…</p>}
      {preview.status === 'failed' && (
        <>
          <h1 className="page-title">Invitation</h1>
          <ProblemMessage error={preview.error} />
          <p><AppLink to={paths.home}>Go to Bridgeplan’s start page</AppLink></p>
        </>
      )}
      {preview.status === 'ready' && <Invitation secret={secret} invitation={preview.data} user={user} />}
    </AppPage>
  );
}

function Invitation({ secret, invitation, user }: { secret: string; invitation: InvitationPreview; user: UserView | null }) {
  const team = invitation.studentName ? `${invitation.studentName}’s team` : 'a student’s team';
  const isInvitee = user !== null && user.email.toLowerCase() === invitation.email.toLowerCase();

  return (
    <>
      <div className="page-intro">
        <p className="invite__kicker"><MailOpen size={20} aria-hidden="true" /> Invitation</p>
        <h1 className="page-title" data-testid="invitation-title">
          {invitation.invitedByName} invited you to join {team}
        </h1>
        <p className="page-lead">
          as {withArticle(roleLabel(invitation.role))}. {roleDescription(invitation.role)}
        </p>
      </div>

      {invitation.status !== 'pending' ? (
        <section className="card">
          <p className="invite__closed">{closedReasons[invitation.status]}</p>
          <p>Ask {invitation.invitedByName} to send you a new invitation.</p>
          {user && <p><AppLink to={paths.home}>Go to your students</AppLink></p>}
        </section>
      ) : user === null ? (
        <SignedOutInvitation invitation={invitation} />
      ) : isInvitee && !user.emailVerified ? (
        // Holding the link is not proof of owning the address: confirm it first, then accept here.
        <VerifyEmailNotice user={user} purpose="before you can accept this invitation" />
      ) : isInvitee ? (
        <AcceptInvitation secret={secret} team={team} />
      ) : (
        <section className="card">
          <p>
            You are signed in as <strong>{user.email}</strong>, but this invitation is for{' '}
            <strong>{invitation.email}</strong>. Sign out, then sign in or create an account with that email.
          </p>
          <div className="form-actions">
            <button type="button" className="button button--secondary" onClick={() => void signOut()}>
              Sign out and continue
            </button>
          </div>
        </section>
      )}
    </>
  );
}

function SignedOutInvitation({ invitation }: { invitation: InvitationPreview }) {
  const [mode, setMode] = useState<'signup' | 'signin'>('signup');
  return (
    <>
      <p className="note">
        <Lock size={18} aria-hidden="true" />
        <span>
          To protect the student’s privacy, their name appears once you sign in as <strong>{invitation.email}</strong>.
          The link works until {formatDate(invitation.expiresAt)}.
        </span>
      </p>
      <section className="card" aria-labelledby="invite-account-title">
        <h2 className="card__title" id="invite-account-title">
          {mode === 'signup' ? 'Create your account to accept' : 'Sign in to accept'}
        </h2>
        {mode === 'signup' ? (
          <SignUpForm initialEmail={invitation.email} emailLocked submitLabel="Create account" onSignedUp={() => undefined} />
        ) : (
          <SignInForm initialEmail={invitation.email} onSignedIn={() => undefined} />
        )}
      </section>
      <p className="auth-switch">
        {mode === 'signup' ? 'Already have an account with this email? ' : 'New to Bridgeplan? '}
        <button type="button" className="link-button" onClick={() => setMode(mode === 'signup' ? 'signin' : 'signup')}>
          {mode === 'signup' ? 'Sign in instead' : 'Create an account instead'}
        </button>
      </p>
    </>
  );
}

function AcceptInvitation({ secret, team }: { secret: string; team: string }) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

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
    <section className="card" aria-label="Accept the invitation">
      <ProblemMessage error={error} />
      <p>Once you join, you see the plan and the team, and the team sees your name next to your work.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void handleAccept()}>
          <Check size={20} aria-hidden="true" />
          {busy ? 'Joining…' : `Accept and join ${team}`}
        </button>
      </div>
    </section>
  );
}
