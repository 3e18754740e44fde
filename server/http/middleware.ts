import type { Context, MiddlewareHandler } from 'hono';
import { can, type Capability } from '../../shared/roles';
import type { Identity } from '../accounts/Authenticator';
import { bearerFrom } from '../accounts/Authenticator';
import type { Membership } from '../workspaces/WorkspaceRepository';
import type { Services } from '../services';
import type { AppEnv } from './AppEnv';
import { forbidden, unauthorized } from './errors';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The origin this server is reached at, for the CSRF check and invitation links. */
export function expectedOrigin(c: Context<AppEnv>): string {
  const configured = c.get('services').config.publicUrl;
  if (configured) return configured;
  const encrypted = (c.env.incoming.socket as { encrypted?: boolean }).encrypted === true;
  return `${encrypted ? 'https' : 'http'}://${c.req.header('host') ?? 'localhost'}`;
}

export function withServices(services: Services): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('services', services);
    const bearerToken = bearerFrom(c.req.header('authorization'));
    c.set('identity', await services.authenticator.identify({ cookieHeader: c.req.header('cookie'), bearerToken }));
    await next();
  };
}

/**
 * CSRF: a state-changing request carried by a cookie must come from our own pages. Browsers
 * send Origin on every such fetch; a request without one, or from another site, is refused.
 * Token-authenticated requests carry no ambient credential, so they need no Origin.
 */
export const checkOrigin: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (unsafeMethods.has(c.req.method) && !bearerFrom(c.req.header('authorization'))) {
    const origin = c.req.header('origin');
    if (origin !== expectedOrigin(c)) throw forbidden('This request did not come from Bridgeplan itself.', 'bad_origin');
  }
  await next();
};

/** Requests that hand over a whole record (and write an audit row): the exports. */
const exportPath = /^\/api\/workspaces\/[^/]+\/(plan\/export|versions\/[^/]+\/export|meetings\/[^/]+\/export|progress\/report)$/;

/**
 * Exports are GETs, and SameSite=Lax cookies ride along on a top-level GET from any site: a
 * link on another page could make the victim's browser export a child's plan in their name
 * (and into their audit trail). A cookie-carried export must come from our own pages or be
 * typed in (Sec-Fetch-Site same-origin or none); a Bearer token needs no such check.
 */
export const requireSameSiteExport: MiddlewareHandler<AppEnv> = async (c, next) => {
  if ((c.req.method === 'GET' || c.req.method === 'HEAD') && exportPath.test(c.req.path) && c.get('identity')?.sessionId) {
    const site = c.req.header('sec-fetch-site');
    if (site !== 'same-origin' && site !== 'none') {
      throw forbidden('Exports open only from Bridgeplan itself. Use the download button on the plan.', 'cross_site_export');
    }
  }
  await next();
};

export function requireIdentity(c: Context<AppEnv>): Identity {
  const identity = c.get('identity');
  if (!identity) throw unauthorized();
  return identity;
}

/**
 * The caller's membership of a workspace. A workspace that does not exist answers like one
 * the caller is not in, so ids cannot be probed.
 */
export async function requireMember(c: Context<AppEnv>, workspaceId: string, capability?: Capability): Promise<{ identity: Identity; membership: Membership }> {
  const identity = requireIdentity(c);
  const membership = await c.get('services').workspaces.membership(workspaceId, identity.user.id);
  if (!membership) throw forbidden('You are not a member of this student’s team.', 'not_a_member');
  if (capability && !can(membership.role, capability)) {
    throw forbidden('Your role on this team does not allow that.', 'role_not_allowed');
  }
  return { identity, membership };
}
