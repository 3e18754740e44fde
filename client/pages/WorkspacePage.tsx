import { RemindersCard } from '../reminders/RemindersCard';
import { MeetingsCard } from '../meetings/MeetingsCard';
import { ArrowLeft, CalendarDays, ClipboardList, FileText, LineChart, NotebookPen } from 'lucide-react';
import { lazy, Suspense, useState } from 'react';
import type { MemberView, UserView, WorkspaceDetail } from '../../shared/api';
import { can } from '../../shared/roles';
import { openWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { AppPage } from '../components/AppPage';
import { ProblemMessage } from '../components/ProblemMessage';
import { Tabs, type TabDefinition } from '../components/Tabs';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { AuditPanel } from '../workspace/AuditPanel';
import { ConsentPanel } from '../workspace/ConsentPanel';
import { roleLabel } from '../workspace/roleLabels';
import { TeamPanel } from '../workspace/TeamPanel';
import { getUnreadCounts } from '../notifications/notificationsApi';
import { UnreadBadge } from '../notifications/UnreadBadge';
import './WorkspacePage.css';
import { useTranslation } from 'react-i18next';
import { useWorkspaceTimeZone } from '../i18n/dates';
import { TimeZoneCard } from '../workspace/TimeZoneCard';
import { DocumentLink } from '../workspace/DocumentLink';

// Versions bring comparison, signing and export: loaded after the page itself has shown.
const VersionsPanel = lazy(() => import('../versions/VersionsPanel').then((module) => ({ default: module.VersionsPanel })));

type TabId = 'team' | 'consent' | 'activity';

export function WorkspacePage({ workspaceId, user }: { workspaceId: string; user: UserView }) {
  const [workspace, { reload, replace }] = useApiData(() => openWorkspace(workspaceId), workspaceId);
  const { t } = useTranslation();
  useWorkspaceTimeZone(workspace.status === 'ready' ? workspace.data.timeZone : undefined);
  // The tab title leaves the student's name out: titles end up in history on shared computers.

  return (
    <AppPage title={t('workspace.tabTitle')} user={user} busy={workspace.status === 'loading'}>
      <AppLink to={paths.home} className="back-link">
        {/* A parent is not one of "your students": their first page speaks of their child. */}
        <ArrowLeft size={18} aria-hidden="true" /> {workspace.status === 'ready' && workspace.data.role === 'parent' ? t('workspace.backFamily') : t('workspace.back')}
      </AppLink>
      {workspace.status === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {workspace.status === 'failed' && <ProblemMessage error={workspace.error} />}
      {workspace.status === 'ready' && (
        <WorkspaceView
          workspace={workspace.data}
          user={user}
          onMembersChanged={(members) => {
            if (members) replace({ ...workspace.data, members });
            else void reload();
          }}
          onTimeZoneChanged={(timeZone) => replace({ ...workspace.data, timeZone })}
        />
      )}
    </AppPage>
  );
}

interface WorkspaceViewProps {
  workspace: WorkspaceDetail;
  user: UserView;
  onMembersChanged: (members?: MemberView[]) => void;
  onTimeZoneChanged: (timeZone: string) => void;
}

function WorkspaceView({ workspace, user, onMembersChanged, onTimeZoneChanged }: WorkspaceViewProps) {
  const [tab, setTab] = useState<TabId>('team');
  const { t } = useTranslation();
  const tabs: TabDefinition<TabId>[] = [{ id: 'team', label: t('workspace.team') }];
  if (workspace.role === 'parent' || workspace.role === 'case_manager') tabs.push({ id: 'consent', label: t('workspace.consent') });
  if (can(workspace.role, 'readAudit')) tabs.push({ id: 'activity', label: t('workspace.activity') });
  const details = [workspace.gradeOrBirthDate, workspace.school].filter(Boolean).join(' · ');
  // Comment threads belong to the plan and open inside it, not as a document of their own.
  const planDocuments = workspace.documents.filter((doc) => doc.kind === 'plan');
  const [counts] = useApiData(getUnreadCounts, `${user.id}:${workspace.id}`);
  const unread = counts.status === 'ready' ? counts.data.find((count) => count.workspaceId === workspace.id) : undefined;

  const team = (
    <TeamPanel workspace={workspace} user={user} onMembersChanged={onMembersChanged} onLeft={() => navigate(paths.home)} />
  );

  return (
    <>
      <header className="student-header">
        <h1 className="page-title" data-testid="student-name">{workspace.studentName}</h1>
        <p className="student-header__meta">
          {details && <span>{details}</span>}
          <span className="badge">{t('common.you', { role: roleLabel(workspace.role) })}</span>
        </p>
      </header>

      <RemindersCard userId={user.id} workspaceId={workspace.id} />

      <section className="card" aria-labelledby="documents-title">
        <h2 className="card__title" id="documents-title">{t('workspace.documents')}</h2>
        <ul className="documents">
          {planDocuments.map((doc) => (
            <li key={doc.name} className="documents__item">
              <FileText className="documents__icon" size={26} aria-hidden="true" />
              <div className="documents__text">
                <p className="documents__title">{t('workspace.planTitle')}</p>
                <p className="muted">
                  {can(workspace.role, 'edit') ? t('workspace.planEditable') : t('workspace.planReadable')}
                </p>
                <UnreadBadge count={unread} />
              </div>
              <AppLink to={paths.plan(workspace.id)} className="button button--primary documents__open" data-testid="open-plan">
                {t('workspace.openPlan')}
              </AppLink>
            </li>
          ))}
          <DocumentLink
            icon={LineChart}
            title={t('workspace.progress')}
            lead={t('workspace.progressLead')}
            to={paths.progress(workspace.id)}
            openLabel={t('workspace.openProgress')}
            testId="open-progress"
          />
          <DocumentLink
            icon={CalendarDays}
            title={t('workspace.week')}
            lead={t('workspace.weekLead')}
            to={paths.schedule(workspace.id)}
            openLabel={t('workspace.openWeek')}
            testId="open-schedule"
          />
          <DocumentLink
            icon={ClipboardList}
            title={t('scheduleMore.serviceLog.title')}
            lead={t('scheduleMore.serviceLog.workspaceLead')}
            to={paths.services(workspace.id)}
            openLabel={t('scheduleMore.serviceLog.open')}
            testId="open-service-log"
          />
          <DocumentLink
            icon={NotebookPen}
            title={t('scheduleMore.notes.title')}
            lead={t('scheduleMore.notes.workspaceLead')}
            to={paths.notes(workspace.id)}
            openLabel={t('scheduleMore.notes.open')}
            testId="open-session-notes"
          />
        </ul>
      </section>

      <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
        <VersionsPanel workspaceId={workspace.id} me={{ userId: user.id, role: workspace.role }} members={[...workspace.members]} studentName={workspace.studentName} meetings={workspace.meetings} timeZone={workspace.timeZone} />
      </Suspense>

      <MeetingsCard workspaceId={workspace.id} meetings={workspace.meetings} canSchedule={can(workspace.role, 'edit')} timeZone={workspace.timeZone} />

      <TimeZoneCard workspaceId={workspace.id} timeZone={workspace.timeZone} canChange={can(workspace.role, 'manageTeam')} onChanged={onTimeZoneChanged} />

      {tabs.length === 1 ? (
        team
      ) : (
        <Tabs label={t('workspace.teamOf', { name: workspace.studentName })} tabs={tabs} selected={tab} onSelect={setTab}>
          {tab === 'team' && team}
          {tab === 'consent' && (
            <ConsentPanel workspaceId={workspace.id} myRole={workspace.role} studentName={workspace.studentName} onTeamChanged={() => onMembersChanged()} />
          )}
          {tab === 'activity' && <AuditPanel workspaceId={workspace.id} members={workspace.members} />}
        </Tabs>
      )}
    </>
  );
}
