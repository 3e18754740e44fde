import { consentAllowsDocument } from '../workspaces/consentAccess';
import type { IncomingMessage } from 'node:http';
import { can } from '../../shared/roles';
import { bearerFrom, type Credentials } from '../accounts/Authenticator';
import type { Services } from '../services';
import type { AuthorizeUpgrade, UpgradeAccess } from './access';
import { OpenedOnce } from './OpenedOnce';
import { SharedInFlight } from './SharedInFlight';

/** Which capability writing to each kind of workspace document takes. */
function writeCapability(kind: string, rest: readonly string[]): 'edit' | 'comment' | null {
  if ((kind === 'plan' || kind === 'progress') && rest.length === 0) return 'edit';
  if (kind === 'comments' && rest.length === 0) return 'comment';
  if (kind === 'schedule' && rest.length === 0) return 'comment';
  if (kind === 'meeting' && rest.length === 1) return 'edit';
  return null;
}

/** The origin this server is reached at: PUBLIC_URL, or the request's own host. */
function expectedOrigin(services: Services, request: IncomingMessage): string {
  if (services.config.publicUrl) return services.config.publicUrl;
  const encrypted = (request.socket as { encrypted?: boolean }).encrypted === true;
  return `${encrypted ? 'https' : 'http'}://${request.headers.host ?? 'localhost'}`;
}

/**
 * Sockets are for members only: the session cookie (or a personal access token in `?token=`
 * or a Bearer header, for non-browser clients) must name a member of the document's
 * workspace. A member whose role cannot write joins read-only: present, but never applied.
 *
 * Browsers send cookies on WebSocket upgrades from any site and no CORS rule applies, so a
 * cookie-carried upgrade must come from our own pages (Origin); otherwise any web page the
 * person visits could read and write their students' plans. A token carries no ambient
 * credential and needs no Origin.
 */
export function authorizeMember(services: Services): AuthorizeUpgrade {
  const opened = new OpenedOnce();
  // When a team's page opens, or a room of sockets reconnects after a restart, the same
  // person's sockets to one document arrive together: they share one set of reads. Only
  // reads under way are shared, and none begun before a sign-out, a removal, a consent
  // withdrawn or a role change: a socket arriving after one reads afresh, as before.
  const inFlight = new SharedInFlight<UpgradeAccess>();
  services.connections.onAccessChange(() => inFlight.forgetAll());

  const decide = async (credentials: Credentials, fromOurPages: boolean, docName: string): Promise<UpgradeAccess> => {
    const identity = await services.authenticator.identify(credentials);
    if (!identity) return { ok: false, status: 401, message: 'Please sign in.' };
    if (identity.sessionId !== null && !fromOurPages) {
      return { ok: false, status: 403, message: 'This connection did not come from Bridgeplan itself.' };
    }
    const refused = (status: 403 | 404, message: string): UpgradeAccess => ({ ok: false, status, message });

    const [workspaceId, kind = '', ...rest] = docName.split('/');
    const capability = writeCapability(kind, rest);
    if (!workspaceId || !capability) return refused(404, 'No such document.');

    const membership = await services.workspaces.membership(workspaceId, identity.user.id);
    if (!membership) return refused(403, 'You are not a member of this student’s team.');
    // A clinic therapist sees only the parts of the record the parent's consent ticks.
    if (!(await consentAllowsDocument(services, workspaceId, membership, kind))) {
      return refused(403, 'The parent’s consent does not share this part of the record with you.');
    }
    // A meeting document exists only once the meeting was scheduled: no stray documents.
    if (kind === 'meeting' && !(await services.meetings.find(workspaceId, rest[0]!))) {
      return refused(404, 'No such meeting.');
    }

    // The room checks each plan update against the workspace's suggesting modes without waiting:
    // read them now, so they are known before this socket's first update.
    if (kind === 'plan') await services.suggestionModes.ensureKnown(workspaceId);

    // One row per person, document and session (or token), not one per tab or reconnect.
    if (opened.first(`${identity.sessionId ?? `token:${identity.tokenId ?? ''}`}|${docName}`)) {
      await services.audit.record({
        workspaceId,
        actorId: identity.user.id,
        action: 'document.opened',
        subject: docName,
        details: { via: identity.tokenId ? 'token' : 'browser' },
      });
    }
    return {
      ok: true,
      // Comments are written only through the API, which checks authorship and roles per
      // comment; over the socket everyone reads them live.
      // The schedule too: the API checks who may enter each kind of session.
      readOnly: kind === 'comments' || kind === 'schedule' || !can(membership.role, capability),
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

  return async (request: IncomingMessage, docName: string): Promise<UpgradeAccess> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const credentials: Credentials = {
      cookieHeader: request.headers.cookie,
      bearerToken: url.searchParams.get('token') ?? bearerFrom(request.headers.authorization),
    };
    const fromOurPages = request.headers.origin === expectedOrigin(services, request);
    // The key holds the credential only while its reads are under way, in memory.
    const key = JSON.stringify([credentials.bearerToken ?? null, credentials.cookieHeader ?? null, fromOurPages, docName]);
    return inFlight.run(key, () => decide(credentials, fromOurPages, docName));
  };
}
