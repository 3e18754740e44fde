import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CloseCodes } from '../../shared/closeCodes';
import { endWorkspaceAccess, isSharedComputer, onWorkspaceAccessEnd, trackLocalCopy, type AccessEnd } from '../session/localCopies';
import { collabServerUrl } from './collabUrl';
import { ConnectionMonitor } from './ConnectionMonitor';
import { keepColorDistinct } from './keepColorDistinct';
import { takeEarlyConnection } from './earlyConnections';
import { UnsentChanges } from './unsentChanges';
import { sendOwnPresenceOnly } from './ownPresenceOnly';
import { showPresenceOnReturn } from './presenceOnReturn';

export interface CollabUser {
  /** The account id: two people with the same name stay two people in the presence list. */
  readonly id: string;
  readonly name: string;
  readonly color: string;
}

/** Access to this document's workspace ended or shrank while it was open. */
export interface AccessEnded {
  readonly end: AccessEnd;
  /** Text typed here that had not reached the team, for the person to copy out; '' if none. */
  readonly unsentText: string;
}

/** Everything one open document needs: the Y.Doc, its local copy, its live connection. */
export interface CollabSession {
  readonly docName: string;
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  /** The device's copy; null on a shared computer, where nothing is kept. */
  readonly persistence: IndexeddbPersistence | null;
  readonly connection: ConnectionMonitor;
  /** Changes how this person appears to the others (presence list, caret label). */
  setUser(user: CollabUser): void;
  /** Set once access ended; the document is then read-only and its local copy gone. */
  accessEnded(): AccessEnded | null;
  subscribeToAccess(listener: () => void): () => void;
  /** How many places (fields, lists) hold changes made here that the server does not have yet. */
  unsentCount(): number;
  subscribeToUnsent(listener: () => void): () => void;
  /** True once the server says it holds everything changed here so far; false after `waitMs`. */
  serverHolds(waitMs: number): Promise<boolean>;
  destroy(): void;
}

/**
 * Shows this person in the document's presence. Also after the state was cleared (an early
 * connection has none; leaving the page clears it), where setting one field would do nothing.
 */
function announce(provider: WebsocketProvider, user: CollabUser): void {
  provider.awareness.setLocalState({ ...provider.awareness.getLocalState(), user });
}

function ownPresenceProvider(docName: string, doc: Y.Doc): WebsocketProvider {
  const provider = new WebsocketProvider(collabServerUrl(), docName, doc, { connect: navigator.onLine });
  sendOwnPresenceOnly(provider);
  showPresenceOnReturn(provider);
  return provider;
}

export function openCollabSession(docName: string, user: CollabUser): CollabSession {
  const workspaceId = docName.split('/')[0] ?? docName;
  // The socket the app opened as it started, when there is one (earlyConnections.ts).
  const early = takeEarlyConnection(docName);
  const doc = early?.doc ?? new Y.Doc();
  // The local copy comes before any connection of the page's own, so that edits made before (or
  // without) one are written to IndexedDB from the very first keystroke, and merge on the next
  // sync; an early connection's content is stored as the copy opens. On a shared computer
  // there is none: nothing of a child's record may stay behind.
  const persistence = isSharedComputer() ? null : new IndexeddbPersistence(docName, doc);
  const provider = early?.provider ?? ownPresenceProvider(docName, doc);
  let currentUser: CollabUser = { id: user.id, name: user.name, color: user.color };
  announce(provider, currentUser);
  const stopColorKeeping = keepColorDistinct(provider.awareness, () => currentUser);
  const connection = new ConnectionMonitor(provider);
  const unsent = new UnsentChanges(doc, provider);
  // What an early connection has already synced reached the team: nothing of it is unsent.
  if (provider.synced) unsent.markAllSent();
  persistence?.once('synced', () => unsent.markLoadedAsSent());
  // The header says "Saved" only once the server holds what was typed here without it.
  const stopUnsentWatch = unsent.subscribe(() => connection.noteUnconfirmed(unsent.pendingCount > 0));
  const stopDeliveredWatch = unsent.onDelivered(connection.noteDelivered);
  const untrack = persistence ? trackLocalCopy(docName, () => persistence.destroy()) : () => undefined;

  let ended: AccessEnded | null = null;
  const accessListeners = new Set<() => void>();
  const stopAccessWatch = onWorkspaceAccessEnd((endedWorkspace, end) => {
    if (endedWorkspace !== workspaceId || ended?.end === 'removed') return;
    ended = { end, unsentText: unsent.text() };
    if (end === 'removed') connection.stopFor(CloseCodes.forbidden.code);
    for (const listener of accessListeners) listener();
  });
  // Removed from the team, or consent withdrawn: the server closes the socket with 4403.
  const stopCloseWatch = connection.onClose((code) => {
    if (code === CloseCodes.forbidden.code) void endWorkspaceAccess(workspaceId, 'removed');
  });

  // Tell the others we left right away, instead of after the awareness timeout.
  const handlePageHide = () => provider.awareness.setLocalState(null);
  // Coming back through the back/forward cache: announce ourselves again.
  const handlePageShow = (event: PageTransitionEvent) => {
    if (event.persisted) announce(provider, currentUser);
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
      announce(provider, currentUser);
    },
    accessEnded: () => ended,
    unsentCount: () => unsent.pendingCount,
    subscribeToUnsent: (listener) => unsent.subscribe(listener),
    serverHolds: (waitMs) => unsent.confirmHeld(waitMs),
    subscribeToAccess(listener) {
      accessListeners.add(listener);
      return () => accessListeners.delete(listener);
    },
    destroy() {
      window.removeEventListener('pagehide', handlePageHide);
      window.removeEventListener('pageshow', handlePageShow);
      stopAccessWatch();
      stopCloseWatch();
      stopUnsentWatch();
      stopDeliveredWatch();
      stopColorKeeping();
      accessListeners.clear();
      unsent.destroy();
      connection.destroy();
      provider.awareness.setLocalState(null);
      provider.destroy();
      untrack();
      // Pending IndexedDB writes finish on their own; destroy only stops listening.
      void persistence?.destroy();
      doc.destroy();
    },
  };
}
