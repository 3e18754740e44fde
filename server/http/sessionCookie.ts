import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { CloseCodes } from '../../shared/closeCodes';
import { sessionCookieName } from '../accounts/Authenticator';
import type { AppEnv } from './AppEnv';
import { expectedOrigin } from './middleware';

export async function startSession(c: Context<AppEnv>, userId: string): Promise<void> {
  const { sessions } = c.get('services');
  const { session, secret } = await sessions.create(userId);
  setCookie(c, sessionCookieName, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: expectedOrigin(c).startsWith('https:'),
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookieName, { path: '/' });
}

/**
 * Ends a person's sessions (all but `keep`) and closes the sockets they opened at once, so a
 * plan open on a forgotten computer stops syncing the moment the password changes.
 */
export async function endSessions(c: Context<AppEnv>, userId: string, keep: string | null): Promise<void> {
  const { sessions, connections } = c.get('services');
  // One close request per session, so every instance of a cluster closes its sockets too.
  for (const sessionId of await sessions.revokeAllForUser(userId, keep)) connections.closeMatching({ sessionId }, CloseCodes.sessionExpired);
}
