import type { PendingInvitationView } from '../../shared/api';
import { confirmInviteeEmail, withdrawInvitation } from '../api/workspaceApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { ConfirmButton } from '../components/ConfirmButton';
import { CopyField } from '../components/CopyField';
import { formatDate, roleLabel } from './roleLabels';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

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

const inviteeStates = translatedRecord<PendingInvitationView['inviteeAccount']>({
  none: 'invitations.noAccount',
  unverified: 'invitations.unverified',
  verified: 'invitations.verified',
});

export function PendingInvitations({ workspaceId, invitations, canManage, links, onChanged, onError }: PendingInvitationsProps) {
  const mailEnabled = useMailEnabled();
  const { t } = useTranslation();
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
        <h2 className="card__title" id="pending-title">{t('invitations.waiting')}</h2>
        <p className="muted">{t('invitations.waitingLead')}</p>
      </div>
      <ul className="pending" data-testid="pending-invitations">
        {pending.map((invitation) => {
          const link = links.get(invitation.id);
          return (
            <li key={invitation.id} className="pending__item">
              <div className="pending__text">
                <p className="member__name">{invitation.email}</p>
                <p className="muted">
                  {t('invitations.pendingLine', { role: roleLabel(invitation.role), inviter: invitation.invitedBy, date: formatDate(invitation.expiresAt) })}
                </p>
                <p className="muted" data-testid="invitee-account">{inviteeStates[invitation.inviteeAccount]}</p>
              </div>
              {link && <CopyField label={t('invitations.linkFor', { email: invitation.email })} value={link} buttonLabel={t('invitations.copyLink')} />}
              <div className="pending__actions">
                {canManage && mailEnabled === false && invitation.inviteeAccount === 'unverified' && (
                  <ConfirmButton
                    ariaLabel={t('invitations.confirmEmailOf', { email: invitation.email })}
                    question={t('invitations.confirmQuestion', { email: invitation.email })}
                    confirmLabel={t('invitations.confirmYes')}
                    onConfirm={() => handleConfirmEmail(invitation.id)}
                  >
                    {t('invitations.confirmInPerson')}
                  </ConfirmButton>
                )}
                {invitation.canWithdraw === true && (
                <ConfirmButton
                  ariaLabel={t('invitations.withdrawFor', { email: invitation.email })}
                  question={t('invitations.withdrawQuestion', { email: invitation.email })}
                  confirmLabel={t('invitations.withdraw')}
                  onConfirm={() => handleWithdraw(invitation.id)}
                >
                  {t('invitations.withdraw')}
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
