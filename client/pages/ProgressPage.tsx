import { ArrowLeft } from 'lucide-react';
import { useEffect } from 'react';
import type { UserView } from '../../shared/api';
import { can } from '../../shared/roles';
import type { Author } from '../../shared/schema';
import { getWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { AppHeader } from '../components/AppHeader';
import { ProblemMessage } from '../components/ProblemMessage';
import { ProgressView } from '../progress/ProgressView';
import { AppLink } from '../routing/AppLink';
import { paths, planDocName } from '../routing/route';
import { OpenDocument } from './OpenDocument';
import { useMemberIdentity } from './useMemberIdentity';
import { ProgressReportDownload } from './ProgressReportDownload';
import './DocumentPage.css';

export const progressDocName = (workspaceId: string) => `${workspaceId}/progress`;

/**
 * `/w/<id>/progress`: data points from school, clinic and home on one chart per goal. The
 * progress document is the live one here; the plan is opened beside it for the goals.
 */
export function ProgressPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const [workspace, { reload }] = useApiData(() => getWorkspace(workspaceId), workspaceId);
  const role = workspace.status === 'ready' ? workspace.data.role : null;
  const { collabUser, author } = useMemberIdentity(user, role);

  useEffect(() => {
    document.title = 'Progress · Bridgeplan';
  }, []);

  return (
    <div className="plan-page">
      <AppHeader user={user} />
      {workspace.status === 'ready' && author ? (
        <OpenDocument
          docName={progressDocName(workspaceId)}
          workspaceId={workspaceId}
          title="Progress"
          studentName={workspace.data.studentName}
          user={collabUser}
          returnPath={paths.progress(workspaceId)}
          onAccessChanged={reload}
        >
          {(session) => (
            <>
              <WithPlan progress={session} workspaceId={workspaceId} user={collabUser} author={author} canRecord={can(workspace.data.role, 'edit')} />
              <ProgressReportDownload workspaceId={workspaceId} canExport={can(workspace.data.role, 'export')} />
            </>
          )}
        </OpenDocument>
      ) : (
        <main className="doc-page__main" id="main" aria-busy={workspace.status === 'loading' || undefined}>
          {workspace.status === 'loading' && <p className="doc-page__opening">Opening progress…</p>}
          {workspace.status === 'failed' && (
            <div className="doc-page__failed">
              <ProblemMessage error={workspace.error} />
              <AppLink to={paths.home} className="back-link">
                <ArrowLeft size={18} aria-hidden="true" /> Your students
              </AppLink>
            </div>
          )}
        </main>
      )}
    </div>
  );
}

function WithPlan({ progress, workspaceId, user, author, canRecord }: { progress: CollabSession; workspaceId: string; user: CollabUser; author: Author; canRecord: boolean }) {
  const plan = useCollabSession(planDocName(workspaceId), user);
  if (!plan) return <p className="doc-page__opening">Opening the goals…</p>;
  return (
    <div className="progress-page__body">
      <ProgressView planDoc={plan.doc} progressDoc={progress.doc} author={author} canRecord={canRecord} />
    </div>
  );
}
