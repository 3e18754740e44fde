import { ArrowLeft } from 'lucide-react';
import { useEffect } from 'react';
import type { UserView } from '../../shared/api';
import { getWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppHeader } from '../components/AppHeader';
import { ProblemMessage } from '../components/ProblemMessage';
import { PlanWithComments } from './PlanWithComments';
import { AppLink } from '../routing/AppLink';
import { paths, planDocName } from '../routing/route';
import { OpenDocument } from './OpenDocument';
import { useMemberIdentity } from './useMemberIdentity';
import './DocumentPage.css';

/**
 * `/w/<id>/plan`. The workspace is read first: it names the student, says whether this
 * person may edit, and refuses non-members before any local copy of the plan is opened.
 */
export function PlanPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const [workspace, { reload }] = useApiData(() => getWorkspace(workspaceId), workspaceId);
  const role = workspace.status === 'ready' ? workspace.data.role : null;
  const { collabUser, author } = useMemberIdentity(user, role);

  useEffect(() => {
    // No student name in the tab title: titles end up in history on shared computers.
    document.title = 'Plan · Bridgeplan';
  }, []);

  return (
    <div className="plan-page">
      <AppHeader user={user} />
      {workspace.status === 'ready' && author ? (
        <OpenDocument
          docName={planDocName(workspaceId)}
          workspaceId={workspaceId}
          title={workspace.data.documents.find((document) => document.kind === 'plan')?.title ?? 'Plan'}
          studentName={workspace.data.studentName}
          user={collabUser}
          returnPath={paths.plan(workspaceId)}
          onAccessChanged={reload}
        >
          {(session) => <PlanWithComments session={session} workspace={workspace.data} author={author} user={collabUser} />}
        </OpenDocument>
      ) : (
        <main className="doc-page__main" id="main" aria-busy={workspace.status === 'loading' || undefined}>
          {workspace.status === 'loading' && <p className="doc-page__opening">Opening the plan…</p>}
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
