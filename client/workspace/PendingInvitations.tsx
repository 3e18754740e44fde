import type { PendingInvitationView } from '../../shared/api';
import { confirmInviteeEmail, withdrawInvitation } from '../api/workspaceApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { ConfirmButton } from '../components/ConfirmButton';
import { CopyField } from '../components/CopyField';
import { formatDate, roleLabel } from './roleLabels';

interface PendingInvitationsProps {
  workspaceId: string;
  invitations: readonly PendingInvitationView[];
  /** The case manager may confirm an invited person's email in person when no mail is sent. */
  canManage: boolean;
  /** Links created during this visit; the server never shows a link twice. */
  links: ReadonlyMap<string, string>;
  onChanged: () => void;
  onError: (error: unknown) => void;
}

const inviteeStates: Record<PendingInvitationView['inviteeAccount'], string> = {
  none: 'no account yet',
  unverified: 'has an account, email not confirmed yet',
  verified: 'email confirmed, can accept',
};

export function PendingInvitations({ workspaceId, invitations, canManage, links, onChanged, onError }: PendingInvitationsProps) {
  const mailEnabled = useMailEnabled();
  const pending = invitations.filter((invitation) => invitation.status === 'pending');
  if (pending.length === 0) return null;

  async function handleWithdraw(invitationId: string) {
    try {
      await withdrawInvitation(workspaceId, invitationId);
      onChanged();
    } catch (failure) {
      onError(failure);
    }
  }

  async function handleConfirmEmail(invitationId: string) {
    try {
      await confirmInviteeEmail(workspaceId, invitationId);
      onChanged();
    } catch (failure) {
      onError(failure);
    }
  }

  return (
    <section className="card" aria-labelledby="pending-title">
      <div className="card__intro">
        <h2 className="card__title" id="pending-title">Waiting to join</h2>
        <p className="muted">Invitations not accepted yet. If a link was lost, withdraw it and invite again.</p>
      </div>
      <ul className="pending" data-testid="pending-invitations">
        {pending.map((invitation) => {
          const link = links.get(invitation.id);
          return (
            <li key={invitation.id} className="pending__item">
              <div className="pending__text">
                <p className="member__name">{invitation.email}</p>
                <p className="muted">
                  {roleLabel(invitation.role)} · invited by {invitation.invitedBy} · link works until {formatDate(invitation.expiresAt)}
                </p>
                <p className="muted" data-testid="invitee-account">{inviteeStates[invitation.inviteeAccount]}</p>
              </div>
              {link && <CopyField label={`Invitation link for ${invitation.email}`} value={link} buttonLabel="Copy link" />}
              <div className="pending__actions">
                {canManage && mailEnabled === false && invitation.inviteeAccount === 'unverified' && (
                  <ConfirmButton
                    ariaLabel={`Confirm the email of ${invitation.email} in person`}
                    question={`Is the person in front of you the owner of ${invitation.email}? Confirm only after checking it with them. This is recorded in the activity log.`}
                    confirmLabel="Yes, confirm their email"
                    onConfirm={() => handleConfirmEmail(invitation.id)}
                  >
                    Confirm email in person
                  </ConfirmButton>
                )}
                {invitation.canWithdraw === true && (
                <ConfirmButton
                  ariaLabel={`Withdraw the invitation for ${invitation.email}`}
                  question={`Withdraw the invitation for ${invitation.email}? The link stops working.`}
                  confirmLabel="Withdraw"
                  onConfirm={() => handleWithdraw(invitation.id)}
                >
                  Withdraw
                </ConfirmButton>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
