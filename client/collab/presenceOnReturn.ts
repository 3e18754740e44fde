import type { WebsocketProvider } from 'y-websocket';

/**
 * When the connection drops, the provider removes everyone else's presence but keeps the count
 * (clock) it last saw of each. On reconnecting, the server lists who is here with those same
 * counts, and a count not newer than the one kept is ignored: the page said "Only you are
 * here" until each colleague's next renewal, up to 15 seconds later. Forgetting the counts
 * with the people lets the server's list show them again as soon as the page is back.
 */
export function showPresenceOnReturn(provider: WebsocketProvider): void {
  const awareness = provider.awareness;
  provider.on('status', ({ status }: { status: string }) => {
    if (status !== 'disconnected') return;
    for (const clientId of [...awareness.meta.keys()]) {
      if (clientId !== awareness.clientID && !awareness.states.has(clientId)) awareness.meta.delete(clientId);
    }
  });
}
