import { ConnectionNotice } from '../components/ConnectionNotice';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { DocumentHeader } from '../components/DocumentHeader';
import { PresenceList } from '../components/PresenceList';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useCollabSession } from '../collab/useCollabSession';
import { useConnectionView } from '../collab/useConnectionView';
import { usePresence } from '../collab/usePresence';
import { PlanEditor } from '../editor/PlanEditor';
import './DocumentPage.css';

interface OpenDocumentProps {
  docName: string;
  title: string;
  location: string | null;
  user: CollabUser;
}

/** A document with a known person: the live session, its header and the editor. */
export function OpenDocument({ docName, title, location, user }: OpenDocumentProps) {
  const session = useCollabSession(docName, user);

  if (!session) {
    return (
      <div className="doc-page">
        <DocumentHeader title={title} location={location} />
        <main className="doc-page__main" id="main" aria-busy="true">
          <p className="doc-page__opening">Opening the plan…</p>
        </main>
      </div>
    );
  }
  return <LiveDocument session={session} title={title} location={location} user={user} />;
}

interface LiveDocumentProps {
  session: CollabSession;
  title: string;
  location: string | null;
  user: CollabUser;
}

function LiveDocument({ session, title, location, user }: LiveDocumentProps) {
  const view = useConnectionView(session.connection);
  const people = usePresence(session.provider.awareness);

  return (
    <div className="doc-page">
      <a className="skip-link" href="#plan-editor-content">Skip to the plan</a>
      <DocumentHeader title={title} location={location}>
        <PresenceList people={people} />
        <ConnectionStatus view={view} />
      </DocumentHeader>
      <ConnectionNotice notice={view.notice} onRetry={session.connection.retry} />
      <main className="doc-page__main doc-page__main--editor" id="main">
        <PlanEditor key={session.docName} session={session} user={user} label={`${title}, plan text`} />
      </main>
    </div>
  );
}
