import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { collabServerUrl } from './collabUrl';
import { sendOwnPresenceOnly } from './ownPresenceOnly';
import { showPresenceOnReturn } from './presenceOnReturn';

/**
 * Sockets a document page is known to need (pageDocuments.ts), opened as the app starts instead
 * of once the page's code has arrived. On a slow 4G link the socket's handshake and its first
 * sync are a round trip of half a second each, and the plan page used to start them only after
 * its editor (the largest file) had loaded; begun early, they run while it loads.
 *
 * Only the connection opens early. The device's copy of the document (IndexedDB) is made when
 * the page takes the connection, after the page's workspace read has shown this person is a
 * member, as before; the server checks an early socket exactly as it checks any other. Nobody's
 * presence is announced until a page names the person.
 *
 * An early connection is tried once: if it closes (refused, signed out) or no page takes it
 * within `unclaimedForMs`, it is closed and forgotten, and the page opens its own as it would
 * have anyway.
 */
export interface EarlyConnection {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
}

const unclaimedForMs = 20_000;
const waiting = new Map<string, { readonly connection: EarlyConnection; readonly release: () => void }>();

/** Opens sockets to `docNames` (documentsOfPage), unless offline (the page then works from the device's copy). */
export function openEarlyConnections(docNames: readonly string[]): void {
  if (!navigator.onLine) return;
  for (const docName of docNames) openEarly(docName);
}

function openEarly(docName: string): void {
  if (waiting.has(docName)) return;
  const doc = new Y.Doc();
  // `fresh`: this document is empty, so the server sends all of it as the socket joins instead
  // of a round trip later. The constructor has connected by the time it returns; a later
  // reconnect, with content in hand, asks as usual.
  const provider = new WebsocketProvider(collabServerUrl(), docName, doc, { connect: true, params: { fresh: '1' } });
  provider.params = {};
  sendOwnPresenceOnly(provider);
  showPresenceOnReturn(provider);
  provider.awareness.setLocalState(null);
  const release = (): void => {
    clearTimeout(timer);
    provider.off('connection-close', discard);
  };
  const discard = (): void => {
    release();
    waiting.delete(docName);
    // Deferred: on a close, the provider is still inside its own close handling.
    queueMicrotask(() => {
      provider.destroy();
      doc.destroy();
    });
  };
  const timer = setTimeout(discard, unclaimedForMs);
  // One attempt: a refused or dropped early socket is destroyed, not retried; the page retries its own.
  provider.on('connection-close', discard);
  waiting.set(docName, { connection: { doc, provider }, release });
}

/** The early connection to `docName`, for the first page that opens it; null when there is none. */
export function takeEarlyConnection(docName: string): EarlyConnection | null {
  const entry = waiting.get(docName);
  if (!entry) return null;
  waiting.delete(docName);
  entry.release();
  return entry.connection;
}
