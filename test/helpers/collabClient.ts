import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';

export interface CollabClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  readonly text: Y.Text;
  /** Resolves once the first sync with the server has completed. */
  readonly synced: Promise<void>;
  destroy(): void;
}

export interface CollabClientOptions {
  readonly clientId?: number;
  readonly params?: Record<string, string>;
  readonly name?: string;
}

/** A stock y-websocket client, as any non-browser integration would use it. */
export function connectClient(wsUrl: string, docName: string, options: CollabClientOptions = {}): CollabClient {
  const doc = new Y.Doc();
  if (options.clientId !== undefined) doc.clientID = options.clientId;
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: options.params ?? {},
  });
  if (options.name) provider.awareness.setLocalStateField('user', { name: options.name, color: '#336699' });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) return resolve();
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    provider,
    text: doc.getText('text'),
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}
