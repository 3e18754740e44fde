import { useState } from 'react';
import type { CreatedInvitation, MemberView, UserView, WorkspaceDetail } from '../../shared/api';
import { can } from '../../shared/roles';
import { listInvitations } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { InvitationCreated } from './InvitationCreated';
import { InviteForm } from './InviteForm';
import { MemberRow } from './MemberRow';
import { PendingInvitations } from './PendingInvitations';
import './TeamPanel.css';
import { useTranslation } from 'react-i18next';

interface TeamPanelProps {
  workspace: WorkspaceDetail;
  user: UserView;
  onMembersChanged: (members?: MemberView[]) => void;
  onLeft: () => void;
}

export function TeamPanel({ workspace, user, onMembersChanged, onLeft }: TeamPanelProps) {
  const canInvite = can(workspace.role, 'invite');
  const canManage = can(workspace.role, 'manageTeam');
  const [invitations, { reload }] = useApiData(() => (canInvite ? listInvitations(workspace.id) : Promise.resolve([])), `${workspace.id}:${workspace.role}`);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [links, setLinks] = useState<ReadonlyMap<string, string>>(new Map());
  const [listError, setListError] = useState<unknown>(null);

  function handleInvited(next: CreatedInvitation) {
    setCreated(next);
    setLinks((current) => new Map(current).set(next.invitation.id, next.link));
    void reload();
  }

  const { t } = useTranslation();
  return (
    <>
      <section className="card" aria-labelledby="team-title">
        <div className="card__intro">
          <h2 className="card__title" id="team-title">{t('workspace.team')}</h2>
          <p className="muted">{t('team.lead', { student: workspace.studentName })}</p>
        </div>
        <ul className="members" data-testid="members">
          {workspace.members.map((member) => (
            <MemberRow
              key={member.userId}
              workspaceId={workspace.id}
              member={member}
              isSelf={member.userId === user.id}
              canManage={canManage}
              studentName={workspace.studentName}
              onMembersChanged={onMembersChanged}
              onLeft={onLeft}
            />
          ))}
        </ul>
      </section>

      {created && <InvitationCreated created={created} />}

      {canInvite && (
        <section className="card">
          <InviteForm
            workspaceId={workspace.id}
            myRole={workspace.role}
            studentName={workspace.studentName}
            myName={user.displayName}
            onInvited={handleInvited}
          />
        </section>
      )}

      {invitations.status === 'failed' && <ProblemMessage error={invitations.error} />}
      <ProblemMessage error={listError} />
      {invitations.status === 'ready' && (
        <PendingInvitations
          workspaceId={workspace.id}
          invitations={invitations.data}
          canManage={canManage}
          // The newest link already sits in the panel above; one copy button per link is enough.
          links={created ? withoutKey(links, created.invitation.id) : links}
          onChanged={() => {
            setListError(null);
            setCreated(null);
            void reload();
          }}
          onError={setListError}
        />
      )}
    </>
  );
}

function withoutKey(map: ReadonlyMap<string, string>, key: string): ReadonlyMap<string, string> {
  const copy = new Map(map);
  copy.delete(key);
  return copy;
}
