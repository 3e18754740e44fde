import { Eye } from 'lucide-react';
import { ConnectionNotice } from '../components/ConnectionNotice';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { DocumentHeader } from '../components/DocumentHeader';
import { PresenceList } from '../components/PresenceList';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { useConnectionView } from '../collab/useConnectionView';
import { usePresence } from '../collab/usePresence';
import { useRefusalCheck } from '../collab/useRefusalCheck';
import { PlanEditor } from '../editor/PlanEditor';
import { withNext } from '../routing/returnPath';
import { paths } from '../routing/route';
import './DocumentPage.css';

interface OpenDocumentProps {
  docName: string;
  workspaceId: string;
  title: string;
  studentName: string;
  user: CollabUser;
  canEdit: boolean;
  /** The server said this person's access changed; their role must be read again. */
  onAccessChanged: () => void;
}

/** A document with a known person: the live session, its header and the editor. */
export function OpenDocument(props: OpenDocumentProps) {
  const session = useCollabSession(props.docName, props.user);

  if (!session) {
    return (
      <div className="doc-page">
        <DocumentHeader title={props.title} studentName={props.studentName} backHref={paths.workspace(props.workspaceId)} />
        <main className="doc-page__main" id="main" aria-busy="true">
          <p className="doc-page__opening">Opening the plan…</p>
        </main>
      </div>
    );
  }
  return <LiveDocument session={session} {...props} />;
}

function LiveDocument({ session, workspaceId, title, studentName, user, canEdit, onAccessChanged }: OpenDocumentProps & { session: CollabSession }) {
  const view = useConnectionView(session.connection);
  const people = usePresence(session.provider.awareness);
  useRefusalCheck(session, workspaceId, onAccessChanged);

  return (
    <div className="doc-page">
      <a className="skip-link" href="#plan-editor-content">Skip to the plan</a>
      <DocumentHeader title={title} studentName={studentName} backHref={paths.workspace(workspaceId)}>
        <PresenceList people={people} />
        <ConnectionStatus view={view} />
      </DocumentHeader>
      <ConnectionNotice
        notice={view.notice}
        onRetry={session.connection.retry}
        signInHref={withNext(paths.signIn, paths.plan(workspaceId))}
        leaveHref={paths.home}
      />
      <main className="doc-page__main doc-page__main--editor" id="main">
        {!canEdit && (
          <p className="doc-page__read-only" data-testid="read-only-note">
            <Eye size={20} aria-hidden="true" />
            You can read and comment; only team members who edit can change the plan.
          </p>
        )}
        <PlanEditor key={session.docName} session={session} user={user} label={`${title}, plan text`} editable={canEdit} />
      </main>
    </div>
  );
}
