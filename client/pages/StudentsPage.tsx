import { RemindersCard } from '../reminders/RemindersCard';
import { ChevronRight, GraduationCap, Plus } from 'lucide-react';
import type { UserView, WorkspaceSummary } from '../../shared/api';
import { listWorkspaces } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { CreateWorkspaceForm } from '../workspace/CreateWorkspaceForm';
import { isFamilyOnly } from '../workspace/familyOnly';
import { roleLabel } from '../workspace/roleLabels';
import type { UnreadCount } from '../../shared/notifications';
import { getUnreadCounts } from '../notifications/notificationsApi';
import { UnreadBadge } from '../notifications/UnreadBadge';
import './StudentsPage.css';
import { useTranslation } from 'react-i18next';

export function StudentsPage({ user }: { user: UserView }) {
  const [workspaces] = useApiData(listWorkspaces, user.id);
  // Counts are extra: if they fail, the list still shows.
  const [counts] = useApiData(getUnreadCounts, user.id);
  const unread = counts.status === 'ready' ? counts.data : [];
  const { t } = useTranslation();
  const listed = workspaces.status === 'ready' ? workspaces.data : [];
  const family = isFamilyOnly(listed);
  const title = family ? t('students.titleFamily', { count: listed.length }) : t('students.title');

  return (
    <AppPage title={title} user={user} busy={workspaces.status === 'loading'}>
      <div className="page-intro">
        <h1 className="page-title">{title}</h1>
        <p className="page-lead">{family ? t('students.leadFamily', { count: listed.length }) : t('students.lead')}</p>
      </div>

      <VerifyEmailNotice user={user} hideWithoutMail />
      <RemindersCard userId={user.id} studentNames={workspaces.status === 'ready' ? Object.fromEntries(workspaces.data.map((w) => [w.id, w.studentName])) : {}} />
      {workspaces.status === 'loading' && <p className="muted">{t('students.loading')}</p>}
      {workspaces.status === 'failed' && <ProblemMessage error={workspaces.error} />}
      {workspaces.status === 'ready' && <WorkspaceList workspaces={workspaces.data} unread={unread} />}

      {workspaces.status === 'loading' ? null : listed.length === 0 ? (
        <section className="card">
          <CreateWorkspaceForm onCreated={openCreated} />
        </section>
      ) : (
        // Someone already on a team rarely starts another plan: the form waits behind its
        // name instead of filling the screen under the students (on a phone, all of it).
        <details className="card students__new">
          <summary className="students__new-summary" id="new-student-summary">
            <Plus size={20} aria-hidden="true" />
            {t('students.startAnother')}
          </summary>
          <CreateWorkspaceForm onCreated={openCreated} labelledBy="new-student-summary" />
        </details>
      )}
    </AppPage>
  );
}

const openCreated = (workspace: WorkspaceSummary) => navigate(paths.workspace(workspace.id));

function WorkspaceList({ workspaces, unread }: { workspaces: WorkspaceSummary[]; unread: readonly UnreadCount[] }) {
  const { t } = useTranslation();
  if (workspaces.length === 0) {
    return (
      <p className="students__empty">{t('students.empty')}</p>
    );
  }
  return (
    <ul className="students" aria-label={t('students.listLabel')} data-testid="workspace-list">
      {workspaces.map((workspace) => (
        <li key={workspace.id}>
          <AppLink className="students__item" to={paths.workspace(workspace.id)}>
            <GraduationCap className="students__icon" size={26} aria-hidden="true" />
            <span className="students__text">
              <span className="students__name">{workspace.studentName}</span>
              <span className="students__meta">
                {[workspace.gradeOrBirthDate, workspace.school].filter(Boolean).join(' · ') || t('students.noDetails')}
              </span>
              <UnreadBadge count={unread.find((count) => count.workspaceId === workspace.id)} />
            </span>
            <span className="badge students__role">{t('common.you', { role: roleLabel(workspace.role) })}</span>
            <ChevronRight className="students__chevron" size={22} aria-hidden="true" />
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
