import { useId, useState, type FormEvent } from 'react';
import type { MemberView } from '../../shared/api';
import { invitableRoles, invitationNeedsConsent, type Role } from '../../shared/roles';
import { changeMemberRole, confirmMemberEmail, removeMember } from '../api/workspaceApi';
import { useMailEnabled } from '../auth/useMailEnabled';
import { ConfirmButton } from '../components/ConfirmButton';
import { ProblemMessage } from '../components/ProblemMessage';
import { SettingBadge } from './SettingBadge';
import { roleLabel } from './roleLabels';

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
          {isSelf && <span className="member__you"> (you)</span>}
        </p>
        <p className="member__email">
          {member.email}
          {member.emailVerified === false && <span className="member__unverified"> · email not confirmed</span>}
        </p>
      </div>
      <div className="member__role">
        {/* With the role picker below, the badge would only say the same thing twice. */}
        {!(canManage && !isSelf && !roleFixed) && <span className="badge">{roleLabel(member.role)}</span>}
        {canManage && !isSelf && roleFixed && <span className="muted member__consent-note">through a parent’s consent</span>}
        <SettingBadge setting={member.setting} />
      </div>
      {(canManage || isSelf) && (
        <div className="member__actions">
          {canConfirmEmail && (
            <ConfirmButton
              ariaLabel={`Confirm the email of ${member.displayName} in person`}
              question={`Is ${member.displayName} the owner of ${member.email}? Confirm only after checking it with them. This is recorded in the activity log.`}
              confirmLabel="Yes, confirm their email"
              onConfirm={handleConfirmEmail}
            >
              Confirm email in person
            </ConfirmButton>
          )}
          {canManage && !isSelf && !roleFixed && (
            <form className="member__role-form" onSubmit={(event) => void handleSaveRole(event)}>
              <label className="member__role-label" htmlFor={`${id}-role`}>
                Role<span className="visually-hidden"> for {member.displayName}</span>
              </label>
              <select id={`${id}-role`} className="text-input" value={draftRole} onChange={(event) => setDraftRole(event.target.value as Role)}>
                {roleChoices.map((role) => (
                  <option key={role} value={role}>{roleLabel(role)}</option>
                ))}
              </select>
              {draftRole !== member.role && (
                <button type="submit" className="button button--primary" disabled={busy}>
                  Save role
                </button>
              )}
            </form>
          )}
          {isSelf ? (
            <ConfirmButton question={`Leave ${studentName}’s team? You will no longer see the plan.`} confirmLabel="Leave the team" onConfirm={handleRemove}>
              Leave team
            </ConfirmButton>
          ) : (
            canManage && (
              <ConfirmButton
                ariaLabel={`Remove ${member.displayName}`}
                question={`Remove ${member.displayName} from the team? They lose access to the plan at once.`}
                confirmLabel="Remove"
                onConfirm={handleRemove}
              >
                Remove
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
