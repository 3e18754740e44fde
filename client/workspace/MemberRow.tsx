import { useId, useState, type FormEvent } from 'react';
import type { MemberView } from '../../shared/api';
import { invitableRoles, invitationNeedsConsent, type Role } from '../../shared/roles';
import { changeMemberRole, confirmMemberEmail, removeMember } from '../api/workspaceApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { SettingBadge } from './SettingBadge';
import { MemberCovers } from './MemberCovers';
import { roleLabel } from './roleLabels';
import { useTranslation } from 'react-i18next';

interface MemberRowProps {
  workspaceId: string;
  member: MemberView;
  isSelf: boolean;
  canManage: boolean;
  studentName: string;
  onMembersChanged: (members?: MemberView[]) => void;
  onLeft: () => void;
}

export function MemberRow({ workspaceId, member, isSelf, canManage, studentName, onMembersChanged, onLeft }: MemberRowProps) {
  const id = useId();
  const [draftRole, setDraftRole] = useState<Role>(member.role);
  const { t } = useTranslation();
  const name = member.displayName;
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const mailEnabled = useMailEnabled();
  // A clinic therapist exists only through a parent's consent: nobody is switched into that
  // role, and a clinic therapist's role is not changed here (the server refuses both).
  const roleFixed = invitationNeedsConsent(member.role);
  const roleChoices = invitableRoles('case_manager');
  const canConfirmEmail = canManage && !isSelf && member.emailVerified === false && mailEnabled === false;

  async function handleConfirmEmail() {
    setError(null);
    try {
      onMembersChanged(await confirmMemberEmail(workspaceId, member.userId));
    } catch (failure) {
      setError(failure);
    }
  }

  async function handleSaveRole(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onMembersChanged(await changeMemberRole(workspaceId, member.userId, draftRole));
    } catch (failure) {
      setError(failure);
      setDraftRole(member.role);
    } finally {
      setBusy(false);
    }
  }

  async function handleRemove() {
    setError(null);
    try {
      await removeMember(workspaceId, member.userId);
      if (isSelf) onLeft();
      else onMembersChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li className="member" data-testid="member" data-role={member.role}>
      <div className="member__who">
        <p className="member__name">
          {member.displayName}
          {isSelf && <span className="member__you">{t('team.you')}</span>}
        </p>
        <p className="member__email">
          {member.email}
          {member.emailVerified === false && <span className="member__unverified">{t('team.unverified')}</span>}
        </p>
      </div>
      <div className="member__role">
        {/* With the role picker below, the badge would only say the same thing twice. */}
        {!(canManage && !isSelf && !roleFixed) && <span className="badge">{roleLabel(member.role)}</span>}
        {canManage && !isSelf && roleFixed && <span className="muted member__consent-note">{t('team.throughConsent')}</span>}
        <SettingBadge setting={member.setting} />
      </div>
      <MemberCovers workspaceId={workspaceId} member={member} canManage={canManage} onMembersChanged={onMembersChanged} />
      {(canManage || isSelf) && (
        <div className="member__actions">
          {canConfirmEmail && (
            <ConfirmButton
              ariaLabel={t('team.confirmEmailOf', { name })}
              question={t('team.confirmEmailQuestion', { name, email: member.email })}
              confirmLabel={t('team.confirmEmailYes')}
              onConfirm={handleConfirmEmail}
            >
              {t('team.confirmEmail')}
            </ConfirmButton>
          )}
          {canManage && !isSelf && !roleFixed && (
            <form className="member__role-form" onSubmit={(event) => void handleSaveRole(event)}>
              <label className="member__role-label" htmlFor={`${id}-role`}>
                {t('team.role')}<span className="visually-hidden">{t('team.roleFor', { name })}</span>
              </label>
              <select id={`${id}-role`} className="text-input" value={draftRole} onChange={(event) => setDraftRole(event.target.value as Role)}>
                {roleChoices.map((role) => (
                  <option key={role} value={role}>{roleLabel(role)}</option>
                ))}
              </select>
              {draftRole !== member.role && (
                <button type="submit" className="button button--primary" disabled={busy}>
                  {t('team.saveRole')}
                </button>
              )}
            </form>
          )}
          {isSelf ? (
            <ConfirmButton question={t('team.leaveQuestion', { student: studentName })} confirmLabel={t('team.leaveYes')} onConfirm={handleRemove}>
              {t('team.leave')}
            </ConfirmButton>
          ) : (
            canManage && (
              <ConfirmButton
                ariaLabel={t('team.removeName', { name })}
                question={t('team.removeQuestion', { name })}
                confirmLabel={t('team.remove')}
                onConfirm={handleRemove}
              >
                {t('team.remove')}
              </ConfirmButton>
            )
          )}
        </div>
      )}
      {error !== null && (
        <div className="member__problem">
          <ProblemMessage error={error} />
        </div>
      )}
    </li>
  );
}
