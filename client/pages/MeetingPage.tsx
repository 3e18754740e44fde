import { ArrowLeft } from 'lucide-react';
import { useEffect } from 'react';
import type { UserView } from '../../shared/api';
import { can } from '../../shared/roles';
import { getWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppHeader } from '../components/AppHeader';
import { ProblemMessage } from '../components/ProblemMessage';
import { MeetingView } from '../meeting/MeetingView';
import { ExportMenu } from '../versions/ExportMenu';
import { meetingExportHref } from '../versions/versionsApi';
import { AppLink } from '../routing/AppLink';
import { paths } from '../routing/route';
import { OpenDocument } from './OpenDocument';
import { useMemberIdentity } from './useMemberIdentity';
import './DocumentPage.css';

/** `/w/<id>/meeting/<meetingId>`: one meeting's shared page, edited live by the team. */
export function MeetingPage({ workspaceId, meetingId, user }: { workspaceId: string; meetingId: string; user: UserView }) {
  const [workspace, { reload }] = useApiData(() => getWorkspace(workspaceId), workspaceId);
  const role = workspace.status === 'ready' ? workspace.data.role : null;
  const { collabUser, author } = useMemberIdentity(user, role);
  const meeting = workspace.status === 'ready' ? workspace.data.meetings.find((m) => m.id === meetingId) ?? null : null;

  useEffect(() => {
    document.title = 'Meeting · Bridgeplan';
  }, []);

  if (workspace.status === 'ready' && author && meeting) {
    const members = workspace.data.members.map((member) => ({ userId: member.userId, displayName: member.displayName, role: member.role }));
    return (
      <div className="plan-page">
        <AppHeader user={user} />
        <OpenDocument
          docName={meeting.docName}
          workspaceId={workspaceId}
          title={meeting.title}
          studentName={workspace.data.studentName}
          user={collabUser}
          returnPath={paths.meeting(workspaceId, meetingId)}
          onAccessChanged={reload}
        >
          {(session) => (
            <>
              <div className="meeting-page__export">
                <ExportMenu
                  hrefFor={(format) => meetingExportHref(workspaceId, meetingId, format)}
                  label={`notes of ${meeting.title}`}
                  canExport={can(workspace.data.role, 'export')}
                />
              </div>
              <MeetingView doc={session.doc} provider={session.provider} author={author} canEdit={can(workspace.data.role, 'edit')} members={members} />
            </>
          )}
        </OpenDocument>
      </div>
    );
  }
  return (
    <div className="plan-page">
      <AppHeader user={user} />
      <main className="doc-page__main" id="main" aria-busy={workspace.status === 'loading' || undefined}>
        {workspace.status === 'loading' && <p className="doc-page__opening">Opening the meeting…</p>}
        {workspace.status === 'failed' && <ProblemMessage error={workspace.error} />}
        {workspace.status === 'ready' && !meeting && <p>This meeting does not exist (any more).</p>}
        {workspace.status !== 'loading' && (
          <AppLink to={paths.workspace(workspaceId)} className="back-link">
            <ArrowLeft size={18} aria-hidden="true" /> Back to the team
          </AppLink>
        )}
      </main>
    </div>
  );
}
