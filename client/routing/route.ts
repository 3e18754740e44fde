import { parseDocName } from '../../shared/docName';

/** The pages this client knows. Accounts and workspaces will add more later. */
export type Route =
  | { page: 'start' }
  | { page: 'document'; docName: string }
  | { page: 'not-found'; path: string };

const documentPrefix = '/d/';

export function documentPath(docName: string): string {
  // Encode each segment but keep `/` readable: `/d/ws_1/plan`, not `/d/ws_1%2Fplan`.
  return documentPrefix + docName.split('/').map(encodeURIComponent).join('/');
}

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '') return { page: 'start' };
  if (!pathname.startsWith(documentPrefix)) return { page: 'not-found', path: pathname };

  const raw = pathname.slice(documentPrefix.length).replace(/\/+$/, '');
  let decoded: string;
  try {
    decoded = raw.split('/').map(decodeURIComponent).join('/');
  } catch {
    return { page: 'not-found', path: pathname };
  }
  const parsed = parseDocName(decoded);
  if (!parsed.ok) return { page: 'not-found', path: pathname };
  return { page: 'document', docName: parsed.name };
}
