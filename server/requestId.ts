import { randomUUID } from 'node:crypto';

/** The header a request id arrives in from a trusted proxy and is returned in. */
export const requestIdHeader = 'x-request-id';

/** What a proxy may hand us as an id: short, printable, safe to put in a log line or a header. */
const acceptableId = /^[A-Za-z0-9._:@+=/-]{1,128}$/;

/**
 * The id of one request or socket upgrade: the proxy's (so its log and ours can be joined)
 * when the request came through a trusted proxy and the id looks sane, else a fresh one. An
 * untrusted client's id is ignored: it could otherwise pose as someone else's request in the logs.
 */
export function requestIdFor(header: string | readonly string[] | undefined, fromTrustedProxy: boolean): string {
  const offered = typeof header === 'string' ? header : header?.[0];
  if (fromTrustedProxy && typeof offered === 'string' && acceptableId.test(offered)) return offered;
  return randomUUID();
}
