import type { WebsocketProvider } from 'y-websocket';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/**
 * y-websocket's provider sends every presence change it hears of, other people's included,
 * so each colleague's caret went back to the server from every other screen: traffic that
 * grows with the square of the people present, refused by the server (a socket speaks only
 * for itself) after costing the socket its presence allowance. This sends only this page's
 * own presence; the server already tells everyone else's.
 */
export function sendOwnPresenceOnly(provider: WebsocketProvider): void {
  const awareness = provider.awareness;
  const stock = provider._awarenessUpdateHandler;
  const own = (change: AwarenessChange, origin: unknown): void => {
    const mine = [...change.added, ...change.updated, ...change.removed].filter((id) => id === awareness.clientID);
    if (mine.length > 0) stock({ added: [], updated: mine, removed: [] }, origin);
  };
  awareness.off('update', stock);
  awareness.on('update', own);
  // The provider removes this handler when it is destroyed.
  provider._awarenessUpdateHandler = own;
}
