import { useRef, useState, type ReactNode } from 'react';
import { ConnectionNotice } from '../components/ConnectionNotice';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { DocumentHeader } from '../components/DocumentHeader';
import { PresenceList } from '../components/PresenceList';
import type { CollabSession, CollabUser } from '../collab/CollabSession';
import { useAccessEnded } from '../collab/useAccessEnded';
import { useCollabSession } from '../collab/useCollabSession';
import { UnsentTextDialog } from '../collab/UnsentTextDialog';
import { useConnectionView } from '../collab/useConnectionView';
import type { ConnectionView } from '../collab/connectionView';
import { usePresence } from '../collab/usePresence';
import { useRefusalCheck } from '../collab/useRefusalCheck';
import { useUnsentCount } from '../collab/useUnsentCount';
import { OfflineEditBanner } from '../components/OfflineEditBanner';
import { useFocusClearOfBars } from '../plan/outline/useFocusClearOfBars';
import { useStickyTop } from '../plan/outline/useStickyTop';
import { withNext } from '../routing/returnPath';
import { paths } from '../../shared/routes';
import './DocumentPage.css';
import { useTranslation } from 'react-i18next';

interface OpenDocumentProps {
  docName: string;
  workspaceId: string;
  title: string;
  studentName: string;
  user: CollabUser;
  /** Where "sign in again" returns to. */
  returnPath: string;
  /** The server said this person's access changed; their role must be read again. */
  onAccessChanged: () => void;
  /** The document's own view, given the live session. */
  children: (session: CollabSession) => ReactNode;
}

/**
 * A live shared document with a known person: the session, the header with presence and
 * connection state, and the notices when the connection has something to say. What the
 * document shows is the caller's (the plan, a meeting).
 */
export function OpenDocument(props: OpenDocumentProps) {
  const session = useCollabSession(props.docName, props.user);
  const { t } = useTranslation();

  if (!session) {
    return (
      <div className="doc-page">
        <DocumentHeader title={props.title} studentName={props.studentName} backHref={paths.workspace(props.workspaceId)} />
        <main className="doc-page__main" id="main" aria-busy="true">
          <p className="doc-page__opening">{t('common.opening')}</p>
        </main>
      </div>
    );
  }
  return <LiveDocument session={session} {...props} />;
}

/**
 * What the presence list can say of who is here: the team as the server tells it once live;
 * while a page first connects (or connects again) it is still finding out, which is no news
 * to alarm anyone with; offline, or stopped, it cannot see them.
 */
function presenceUnseen(view: ConnectionView): 'offline' | 'not-connected' | 'connecting' | null {
  if (view.live) return null;
  if (view.state === 'offline') return 'offline';
  return view.state === 'connecting' ? 'connecting' : 'not-connected';
}

function LiveDocument({ session, workspaceId, title, studentName, returnPath, onAccessChanged, children }: OpenDocumentProps & { session: CollabSession }) {
  const view = useConnectionView(session.connection);
  const people = usePresence(session.provider.awareness);
  const unsent = useUnsentCount(session);
  useRefusalCheck(session, workspaceId, onAccessChanged);
  const ended = useAccessEnded(session);
  const [unsentSeen, setUnsentSeen] = useState(false);
  // The document header sticks over every view; the views' own bars keep their fields clear of themselves.
  const mainRef = useRef<HTMLElement>(null);
  useFocusClearOfBars(mainRef, useStickyTop(null));

  return (
    <div className="doc-page">
      <DocumentHeader title={title} studentName={studentName} backHref={paths.workspace(workspaceId)}>
        <PresenceList people={people} unseen={presenceUnseen(view)} />
        <ConnectionStatus view={view} unsent={unsent} />
      </DocumentHeader>
      <OfflineEditBanner view={view} unsent={unsent} />
      <ConnectionNotice
        notice={view.notice}
        onRetry={session.connection.retry}
        signInHref={withNext(paths.signIn, returnPath)}
        leaveHref={paths.home}
      />
      <main ref={mainRef} className="doc-page__main doc-page__main--wide" id="main" tabIndex={-1} data-access-ended={ended?.end}>
        {children(session)}
      </main>
      {ended && ended.unsentText !== '' && !unsentSeen && <UnsentTextDialog ended={ended} onClose={() => setUnsentSeen(true)} />}
    </div>
  );
}
