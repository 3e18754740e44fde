import type { UserView } from '../../shared/api';
import { can } from '../../shared/roles';
import type { Author } from '../../shared/schema';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { planDocName, scheduleDocName } from '../../shared/docName';
import { paths } from '../../shared/routes';
import { ScheduleView } from '../schedule/ScheduleView';
import { OpenDocument } from './OpenDocument';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';
import { useTranslation } from 'react-i18next';

/**
 * `/w/<id>/schedule`: the child's week. The schedule document is the live one; the plan is
 * opened beside it for the services whose minutes the week must deliver.
 */
export function SchedulePage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle={t('schedule.tabTitle')} opening={t('schedule.opening')}>
      {({ workspace, author, collabUser, reload }) => (
        <OpenDocument docName={scheduleDocName(workspaceId)} workspaceId={workspaceId} title={t('schedule.title')} studentName={workspace.studentName} user={collabUser} returnPath={paths.schedule(workspaceId)} onAccessChanged={reload}>
          {(session) => <WithPlan schedule={session} workspaceId={workspaceId} user={collabUser} author={author} timeZone={workspace.timeZone} role={workspace.role} />}
        </OpenDocument>
      )}
    </WorkspaceDocumentPage>
  );
}

function WithPlan({ schedule, workspaceId, user, author, timeZone, role }: { schedule: CollabSession; workspaceId: string; user: CollabUser; author: Author; timeZone: string; role: Author['role'] }) {
  const { t } = useTranslation();
  const plan = useCollabSession(planDocName(workspaceId), user);
  if (!plan) return <p className="doc-page__opening">{t('schedule.openingServices')}</p>;
  return <ScheduleView workspaceId={workspaceId} timeZone={timeZone} role={role} canEdit={can(role, 'edit') && schedule.accessEnded()?.end !== 'removed'} author={author} scheduleDoc={schedule.doc} planDoc={plan.doc} />;
}
