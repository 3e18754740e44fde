import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from './collabUrl';
import { ConnectionMonitor } from './ConnectionMonitor';

export interface CollabUser {
  /** The account id: two people with the same name stay two people in the presence list. */
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** Everything one open document needs: the Y.Doc, its local copy, its live connection. */
export interface CollabSession {
  readonly docName: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly persistence: IndexeddbPersistence;
  readonly connection: ConnectionMonitor;
  /** Changes how this person appears to the others (presence list, caret label). */
  setUser(user: CollabUser): void;
  destroy(): void;
}

export function openCollabSession(docName: string, user: CollabUser): CollabSession {
  const doc = new Y.Doc();
  // The local copy comes first so that edits made before (or without) a connection are
  // written to IndexedDB from the very first keystroke, and merge on the next sync.
  const persistence = new IndexeddbPersistence(docName, doc);
  const provider = new WebsocketProvider(collabServerUrl(), docName, doc, {
    connect: navigator.onLine,
  });
  let currentUser: CollabUser = { id: user.id, name: user.name, color: user.color };
  provider.awareness.setLocalStateField('user', currentUser);
  const connection = new ConnectionMonitor(provider);

  // Tell the others we left right away, instead of after the awareness timeout.
  const handlePageHide = () => provider.awareness.setLocalState(null);
  // Coming back through the back/forward cache: announce ourselves again.
  const handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted) provider.awareness.setLocalStateField('user', currentUser);
  };
  window.addEventListener('pagehide', handlePageHide);
  window.addEventListener('pageshow', handlePageShow);

  return {
    docName,
    doc,
    provider,
    persistence,
    connection,
    setUser(next) {
      currentUser = { id: next.id, name: next.name, color: next.color };
      provider.awareness.setLocalStateField('user', currentUser);
    },
    destroy() {
      window.removeEventListener('pagehide', handlePageHide);
      window.removeEventListener('pageshow', handlePageShow);
      connection.destroy();
      provider.awareness.setLocalState(null);
      provider.destroy();
      // Pending IndexedDB writes finish on their own; destroy only stops listening.
      void persistence.destroy();
      doc.destroy();
    },
  };
}
