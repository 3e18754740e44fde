import type { IncomingMessage } from 'node:http';
import { can } from '../../shared/roles';
import { bearerFrom } from '../accounts/Authenticator';
import type { Services } from '../services';
import type { AuthorizeUpgrade, UpgradeAccess } from './access';

/** Which capability writing to each kind of workspace document takes. */
function writeCapability(kind: string, rest: readonly string[]): 'edit' | 'comment' | null {
  if ((kind === 'plan' || kind === 'progress') && rest.length === 0) return 'edit';
  if (kind === 'comments' && rest.length === 0) return 'comment';
  if (kind === 'meeting' && rest.length === 1) return 'edit';
  return null;
}

/**
 * Sockets are for members only: the session cookie (or a personal access token in `?token=`
 * or a Bearer header, for non-browser clients) must name a member of the document's
 * workspace. A member whose role cannot write joins read-only: present, but never applied.
 */
export function authorizeMember(services: Services): AuthorizeUpgrade {
  return async (request: IncomingMessage, docName: string): Promise<UpgradeAccess> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const identity = services.authenticator.identify({
      cookieHeader: request.headers.cookie,
      bearerToken: url.searchParams.get('token') ?? bearerFrom(request.headers.authorization),
    });
    if (!identity) return { ok: false, status: 401, message: 'Please sign in.' };

    const [workspaceId, kind = '', ...rest] = docName.split('/');
    const capability = writeCapability(kind, rest);
    if (!workspaceId || !capability) return { ok: false, status: 404, message: 'No such document.' };

    const membership = services.workspaces.membership(workspaceId, identity.user.id);
    if (!membership) return { ok: false, status: 403, message: 'You are not a member of this student’s team.' };
    // A meeting document exists only once the meeting was scheduled: no stray documents.
    if (kind === 'meeting' && !services.meetings.find(workspaceId, rest[0]!)) {
      return { ok: false, status: 404, message: 'No such meeting.' };
    }

    // A read like any other: reconnects and the page's second socket within the window are one row.
    services.audit.recordRead({
      workspaceId,
      actorId: identity.user.id,
      action: 'document.opened',
      subject: docName,
      details: { via: identity.tokenId ? 'token' : 'browser' },
    });
    return {
      ok: true,
      // Comments are written only through the API, which checks authorship and roles per
      // comment; over the socket everyone reads them live.
      readOnly: kind === 'comments' || !can(membership.role, capability),
      role: membership.role,
      displayName: identity.user.displayName,
      identity: {
        userId: identity.user.id,
        sessionId: identity.sessionId,
        tokenId: identity.tokenId,
        workspaceId,
        expiresAt: identity.expiresAt ? Date.parse(identity.expiresAt) : null,
      },
    };
  };
}
