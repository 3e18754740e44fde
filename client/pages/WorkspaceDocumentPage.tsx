import { ArrowLeft } from 'lucide-react';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { UserView, WorkspaceDetail } from '../../shared/api';
import type { Author } from '../../shared/schema';
import { openWorkspace } from '../api/workspaceApi';
import { useApiData } from '../api/useApiData';
import { can } from '../../shared/roles';
import { endWorkspaceAccess } from '../session/localCopies';
import type { CollabUser } from '../collab/CollabSession';
import { AppHeader } from '../components/AppHeader';
import { TeamNamesContext } from '../identity/teamNames';
import { ProblemMessage } from '../components/ProblemMessage';
import { AppLink } from '../routing/AppLink';
import { paths } from '../../shared/routes';
import { useMemberIdentity } from './useMemberIdentity';
import './DocumentPage.css';
import { useTranslation } from 'react-i18next';
import { useWorkspaceTimeZone } from '../i18n/dates';

export interface WorkspaceDocumentContext {
  readonly workspace: WorkspaceDetail;
  readonly author: Author;
  readonly collabUser: CollabUser;
  /** Reads the workspace again (the server said this person's access changed). */
  readonly reload: () => void;
}

interface WorkspaceDocumentPageProps {
  workspaceId: string;
  user: UserView;
  /** The tab title: never the student's name, titles end up in history on shared computers. */
  tabTitle: string;
  /** "Opening the plan…" while the workspace is read. */
  opening: string;
  children: (context: WorkspaceDocumentContext) => ReactNode;
  /** More skip links after "Skip to the document" (the plan's sections). */
  skipLinks?: ReactNode;
}

/**
 * The frame of every shared document of a workspace (plan, meeting, progress). The workspace
 * is read first: it names the student, says what this person may do, and refuses non-members
 * before any local copy of a document is opened.
 */
export function WorkspaceDocumentPage({ workspaceId, user, tabTitle, opening, children, skipLinks }: WorkspaceDocumentPageProps) {
  const [workspace, { reload }] = useApiData(() => openWorkspace(workspaceId), workspaceId);
  const { t } = useTranslation();
  useWorkspaceTimeZone(workspace.status === 'ready' ? workspace.data.timeZone : undefined);
  const role = workspace.status === 'ready' ? workspace.data.role : null;
  const { collabUser, author } = useMemberIdentity(user, role);
  const teamNames = useMemo(
    () => (workspace.status === 'ready' ? new Map(workspace.data.members.map((member) => [member.userId, member.displayName])) : null),
    [workspace],
  );

  useEffect(() => {
    document.title = `${tabTitle} · Bridgeplan`;
  }, [tabTitle]);

  // A role change that takes edit rights away: what this device kept could never be sent,
  // so it goes (after the open documents offer to copy out what was not sent).
  const couldEdit = useRef<boolean | null>(null);
  useEffect(() => {
    if (role === null) return;
    const canEditNow = can(role, 'edit');
    if (couldEdit.current === true && !canEditNow) void endWorkspaceAccess(workspaceId, 'read-only');
    couldEdit.current = canEditNow;
  }, [role, workspaceId]);

  return (
    <div className="plan-page">
      <a className="skip-link" href="#main">{t('common.skipToDocument')}</a>
      {skipLinks}
      <AppHeader user={user} />
      {workspace.status === 'ready' && author ? (
        <TeamNamesContext.Provider value={teamNames}>{children({ workspace: workspace.data, author, collabUser, reload })}</TeamNamesContext.Provider>
      ) : (
        <main className="doc-page__main" id="main" aria-busy={workspace.status === 'loading' || undefined}>
          {workspace.status === 'loading' && <p className="doc-page__opening">{opening}</p>}
          {workspace.status === 'failed' && (
            <div className="doc-page__failed">
              <ProblemMessage error={workspace.error} />
              <AppLink to={paths.home} className="back-link">
                <ArrowLeft size={18} aria-hidden="true" /> {t('workspace.back')}
              </AppLink>
            </div>
          )}
        </main>
      )}
    </div>
  );
}
