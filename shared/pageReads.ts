/**
 * A read the server answered inside the page it sent (server/http/pageReads.ts), for the
 * client's first matching request to take (client/api/pageReads.ts). `path` is the API path
 * as the client asks for it, without `/api`.
 */
export interface PageRead {
  readonly path: string;
  /** Absent for an answer that succeeded; 401 for the session check when no one is signed in. */
  readonly status?: 401;
  readonly body: unknown;
}

export const pageReadsElementId = 'page-reads';
