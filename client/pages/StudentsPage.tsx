import { ChevronRight, GraduationCap } from 'lucide-react';
import type { UserView, WorkspaceSummary } from '../../shared/api';
import { listWorkspaces } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { VerifyEmailNotice } from '../auth/VerifyEmailNotice';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../routing/route';
import { CreateWorkspaceForm } from '../workspace/CreateWorkspaceForm';
import { roleLabel } from '../workspace/roleLabels';
import type { UnreadCount } from '../../shared/notifications';
import { getUnreadCounts } from '../notifications/notificationsApi';
import { UnreadBadge } from '../notifications/UnreadBadge';
import './StudentsPage.css';

export function StudentsPage({ user }: { user: UserView }) {
  const [workspaces] = useApiData(listWorkspaces, user.id);
  // Counts are extra: if they fail, the list still shows.
  const [counts] = useApiData(getUnreadCounts, user.id);
  const unread = counts.status === 'ready' ? counts.data : [];

  return (
    <AppPage title="Your students" user={user} busy={workspaces.status === 'loading'}>
      <div className="page-intro">
        <h1 className="page-title">Your students</h1>
        <p className="page-lead">The teams you belong to. Open a student to see their plan and team.</p>
      </div>

      <VerifyEmailNotice user={user} hideWithoutMail />
      {workspaces.status === 'loading' && <p className="muted">Loading your students…</p>}
      {workspaces.status === 'failed' && <ProblemMessage error={workspaces.error} />}
      {workspaces.status === 'ready' && <WorkspaceList workspaces={workspaces.data} unread={unread} />}

      <section className="card">
        <CreateWorkspaceForm onCreated={(workspace) => navigate(paths.workspace(workspace.id))} />
      </section>
    </AppPage>
  );
}

function WorkspaceList({ workspaces, unread }: { workspaces: WorkspaceSummary[]; unread: readonly UnreadCount[] }) {
  if (workspaces.length === 0) {
    return (
      <p className="students__empty">
        You are not on a student’s team yet. When someone invites you, open the link they sent; or
        start a plan below if you lead one.
      </p>
    );
  }
  return (
    <ul className="students" aria-label="Students" data-testid="workspace-list">
      {workspaces.map((workspace) => (
        <li key={workspace.id}>
          <AppLink className="students__item" to={paths.workspace(workspace.id)}>
            <GraduationCap className="students__icon" size={26} aria-hidden="true" />
            <span className="students__text">
              <span className="students__name">{workspace.studentName}</span>
              <span className="students__meta">
                {[workspace.gradeOrBirthDate, workspace.school].filter(Boolean).join(' · ') || 'No grade or school given'}
              </span>
              <UnreadBadge count={unread.find((count) => count.workspaceId === workspace.id)} />
            </span>
            <span className="badge students__role">You: {roleLabel(workspace.role)}</span>
            <ChevronRight className="students__chevron" size={22} aria-hidden="true" />
          </AppLink>
        </li>
      ))}
    </ul>
  );
}
