import { ArrowLeft } from 'lucide-react';
import type { UserView } from '../../shared/api';
import { can } from '../../shared/roles';
import { MeetingView } from '../meeting/MeetingView';
import { MeetingWithPlan } from '../meeting/MeetingWithPlan';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { ExportMenu } from '../versions/ExportMenu';
import { meetingExportHref } from '../versions/versionsApi';
import { OpenDocument } from './OpenDocument';
import { WorkspaceDocumentPage } from './WorkspaceDocumentPage';
import { useTranslation } from 'react-i18next';
import { meetingTitleOf } from '../meetings/meetingTitle';

/** `/w/<id>/meeting/<meetingId>`: one meeting's shared page, edited live by the team. */
export function MeetingPage({ workspaceId, meetingId, user }: { workspaceId: string; meetingId: string; user: UserView }) {
  const { t } = useTranslation();
  return (
    <WorkspaceDocumentPage workspaceId={workspaceId} user={user} tabTitle={t('meetingPage.tabTitle')} opening={t('meetingPage.opening')}>
      {({ workspace, author, collabUser, reload }) => {
        const meeting = workspace.meetings.find((m) => m.id === meetingId);
        if (!meeting) {
          return (
            <main className="doc-page__main" id="main">
              <p>{t('meetingPage.gone')}</p>
              <AppLink to={paths.workspace(workspaceId)} className="back-link">
                <ArrowLeft size={18} aria-hidden="true" /> {t('meetingPage.backToTeam')}
              </AppLink>
            </main>
          );
        }
        const members = workspace.members.map((member) => ({ userId: member.userId, displayName: member.displayName, role: member.role, covers: member.covers }));
        return (
          <OpenDocument
            docName={meeting.docName}
            workspaceId={workspaceId}
            title={meetingTitleOf(meeting)}
            studentName={workspace.studentName}
            user={collabUser}
            returnPath={paths.meeting(workspaceId, meetingId)}
            onAccessChanged={reload}
          >
            {(session) => (
              <MeetingWithPlan
                workspaceId={workspaceId}
                user={collabUser}
                author={author}
                canEdit={can(workspace.role, 'edit')}
                tools={<ExportMenu hrefFor={(format) => meetingExportHref(workspaceId, meetingId, format)} label={t('meetingPage.notesOf', { title: meetingTitleOf(meeting) })} canExport={can(workspace.role, 'export')} />}
              >
                <MeetingView doc={session.doc} provider={session.provider} author={author} canEdit={can(workspace.role, 'edit') && session.accessEnded()?.end !== 'removed'} members={members} title={meeting.title} onMeetingChanged={reload} serverHolds={session.serverHolds} />
              </MeetingWithPlan>
            )}
          </OpenDocument>
        );
      }}
    </WorkspaceDocumentPage>
  );
}
