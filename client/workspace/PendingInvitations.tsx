import type { InvitationView } from '../../shared/api';
import { withdrawInvitation } from '../api/workspaceApi';
import { ConfirmButton } from '../components/ConfirmButton';
import { CopyField } from '../components/CopyField';
import { formatDate, roleLabel } from './roleLabels';

interface PendingInvitationsProps {
  workspaceId: string;
  invitations: readonly InvitationView[];
  /** Links created during this visit; the server never shows a link twice. */
  links: ReadonlyMap<string, string>;
  onChanged: () => void;
  onError: (error: unknown) => void;
}

export function PendingInvitations({ workspaceId, invitations, links, onChanged, onError }: PendingInvitationsProps) {
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
              </div>
              {link && <CopyField label={`Invitation link for ${invitation.email}`} value={link} buttonLabel="Copy link" />}
              {invitation.canWithdraw === true && (
                <div className="pending__actions">
                  <ConfirmButton
                    ariaLabel={`Withdraw the invitation for ${invitation.email}`}
                    question={`Withdraw the invitation for ${invitation.email}? The link stops working.`}
                    confirmLabel="Withdraw"
                    onConfirm={() => handleWithdraw(invitation.id)}
                  >
                    Withdraw
                  </ConfirmButton>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
