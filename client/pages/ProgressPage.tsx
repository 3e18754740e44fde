import type { UserView } from '../../shared/api';
import { can } from '../../shared/roles';
import type { Author } from '../../shared/schema';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { ProgressView } from '../progress/ProgressView';
import { planDocName, progressDocName } from '../../shared/docName';
import { paths } from '../../shared/routes';
import { OpenDocument } from './OpenDocument';
import { ProgressReportDownload } from './ProgressReportDownload';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';
import { useTranslation } from 'react-i18next';

/**
 * `/w/<id>/progress`: data points from school, clinic and home on one chart per goal. The
 * progress document is the live one here; the plan is opened beside it for the goals.
 */
export function ProgressPage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle={t('progress.tabTitle')} opening={t('progress.opening')}>
      {({ workspace, author, collabUser, reload }) => (
        <OpenDocument
          docName={progressDocName(workspaceId)}
          workspaceId={workspaceId}
          title={t('progress.tabTitle')}
          studentName={workspace.studentName}
          user={collabUser}
          returnPath={paths.progress(workspaceId)}
          onAccessChanged={reload}
        >
          {(session) => (
            <>
              <WithPlan progress={session} workspaceId={workspaceId} user={collabUser} author={author} canRecord={can(workspace.role, 'edit') && session.accessEnded()?.end !== 'removed'} />
              <ProgressReportDownload workspaceId={workspaceId} canExport={can(workspace.role, 'export')} progressDoc={session.doc} timeZone={workspace.timeZone} />
            </>
          )}
        </OpenDocument>
      )}
    </WorkspaceDocumentPage>
  );
}

function WithPlan({ progress, workspaceId, user, author, canRecord }: { progress: CollabSession; workspaceId: string; user: CollabUser; author: Author; canRecord: boolean }) {
  const { t } = useTranslation();
  const plan = useCollabSession(planDocName(workspaceId), user);
  if (!plan) return <p className="doc-page__opening">{t('progress.openingGoals')}</p>;
  return (
    <div className="progress-page__body">
      <ProgressView planDoc={plan.doc} progressDoc={progress.doc} author={author} canRecord={canRecord} />
    </div>
  );
}
