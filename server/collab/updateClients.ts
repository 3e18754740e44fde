import type * as Y from 'yjs';

/**
 * New clients one update may bring: a session's own, and those of the sessions it kept
 * offline; far below what an update of made-up clients needs to slow a room down.
 */
export const newClientsPerUpdate = 256;

/**
 * Every editing session is a Yjs client of its own, and a document's cost to load and to join
 * grows with its clients: a session brings its own, and one back from offline the few it wrote
 * in. Made-up clients by the thousand are refused before Yjs builds anything.
 */
export function clientsProblem(
  doc: Y.Doc,
  written: readonly { readonly client: number }[],
  maxDocumentClients: number,
): { readonly problem: 'too-many-clients' | 'document-clients-full'; readonly detail: string } | null {
  const fresh = new Set<number>();
  for (const { client } of written) if (!doc.store.clients.has(client)) fresh.add(client);
  if (fresh.size > newClientsPerUpdate) return { problem: 'too-many-clients', detail: `${fresh.size} new clients in one update` };
  if (doc.store.clients.size + fresh.size > maxDocumentClients) return { problem: 'document-clients-full', detail: `document client limit ${maxDocumentClients} reached` };
  return null;
}
