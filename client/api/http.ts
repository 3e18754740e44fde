import { endWorkspaceAccess } from '../session/localCopies';
import { ApiFailure, type ProblemFacts } from './ApiFailure';
import { takePageRead } from './pageReads';

const unreachable = 'Bridgeplan could not be reached. Check your connection and try again.';
const unexpected = 'Something went wrong on our side. Please try again.';

function readErrorBody(body: unknown): { id: string; message: string; facts: ProblemFacts } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null) return null;
  const id = 'id' in error && typeof error.id === 'string' ? error.id : null;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : null;
  const facts = 'facts' in error ? readFacts(error.facts) : {};
  return id && message ? { id, message, facts } : null;
}

/** Only plain strings and numbers: anything else in `facts` is ignored, never shown. */
function readFacts(value: unknown): ProblemFacts {
  if (typeof value !== 'object' || value === null) return {};
  const facts: Record<string, string | number> = {};
  for (const [key, fact] of Object.entries(value)) {
    if (typeof fact === 'string' || (typeof fact === 'number' && Number.isFinite(fact))) facts[key] = fact;
  }
  return facts;
}

function readRetryAfter(response: Response): number | null {
  const header = response.headers.get('retry-after');
  if (header === null) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : null;
}

/**
 * Every call to the API goes through here. Same-origin only: the session cookie rides along,
 * and the browser adds the Origin header the server's CSRF check needs.
 */
export async function apiRequest<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<T> {
  // The page may have come with this read answered (pageReads.ts): the same answer, at once.
  const answered = method === 'GET' ? takePageRead(path) : undefined;
  if (answered) return settle<T>(path, answered.status, answered.body, null);
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure(0, 'unreachable', unreachable);
  }
  if (response.status === 204) return undefined as T;

  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    // A proxy's HTML error page, or an empty body: handled below as an unexpected answer.
  }
  return settle<T>(path, response.status, parsed, readRetryAfter(response));
}

/** An answer's body as the caller's result, or the failure it describes. */
function settle<T>(path: string, status: number, parsed: unknown, retryAfter: number | null): T {
  const ok = status >= 200 && status < 300;
  if (ok && parsed !== null) return parsed as T;

  const error = readErrorBody(parsed);
  // "Not a member" for a workspace: access ended (removed, consent withdrawn). Wipe what this
  // device keeps of it, and let its open documents turn read-only.
  const workspace = /^\/workspaces\/([^/?]+)/.exec(path);
  if (status === 403 && error?.id === 'not_a_member' && workspace) void endWorkspaceAccess(decodeURIComponent(workspace[1]!), 'removed');
  if (error) throw new ApiFailure(status, error.id, error.message, retryAfter, error.facts);
  // No JSON answer: a server fault, or something in between (a proxy's page) that never reached it.
  if (status >= 500 || ok) throw new ApiFailure(status, 'unexpected', unexpected);
  throw new ApiFailure(status, 'unreachable', unreachable);
}
