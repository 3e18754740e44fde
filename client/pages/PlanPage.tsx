import type { UserView } from '../../shared/api';
import { paths, planDocName } from '../routing/route';
import { OpenDocument } from './OpenDocument';
import { PlanWithComments } from './PlanWithComments';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';

/** `/w/<id>/plan`: the live plan with its comment threads. */
export function PlanPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle="Plan" opening="Opening the plan…">
      {({ workspace, author, collabUser, reload }) => (
        <OpenDocument
          docName={planDocName(workspaceId)}
          workspaceId={workspaceId}
          title={workspace.documents.find((document) => document.kind === 'plan')?.title ?? 'Plan'}
          studentName={workspace.studentName}
          user={collabUser}
          returnPath={paths.plan(workspaceId)}
          onAccessChanged={reload}
        >
          {(session) => <PlanWithComments session={session} workspace={workspace} author={author} user={collabUser} />}
        </OpenDocument>
      )}
    </WorkspaceDocumentPage>
  );
}
