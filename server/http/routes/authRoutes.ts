import { Hono, type Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { SetupState } from '../../../shared/api';
import { CloseCodes } from '../../../shared/closeCodes';
import { sessionCookieName } from '../../accounts/Authenticator';
import { decoyPasswordHash, hashPassword, minPasswordLength, verifyPassword } from '../../accounts/passwords';
import { publicUser } from '../../accounts/UserRepository';
import type { AppEnv } from '../AppEnv';
import { conflict, HttpError, tooManyRequests } from '../errors';
import { expectedOrigin, requireIdentity } from '../middleware';
import { emailField, readJsonObject, stringField } from '../readBody';

function startSession(c: Context<AppEnv>, userId: string): void {
  const { sessions } = c.get('services');
  const { session, secret } = sessions.create(userId);
  setCookie(c, sessionCookieName, secret, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: expectedOrigin(c).startsWith('https:'),
    path: '/',
    expires: new Date(session.expiresAt),
  });
}

export function authRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/setup', (c) => {
    const state: SetupState = { needsFirstAccount: c.get('services').users.count() === 0 };
    return c.json(state);
  });

  app.get('/auth/me', (c) => c.json({ user: requireIdentity(c).user }));

  app.post('/auth/signup', async (c) => {
    const { users, audit } = c.get('services');
    const body = await readJsonObject(c);
    const email = emailField(body);
    const displayName = stringField(body, 'displayName', { max: 80, label: 'Your name' });
    const password = stringField(body, 'password', { min: minPasswordLength, max: 256, label: 'Password' });
    if (users.findByEmail(email)) throw conflict('An account with this email already exists. Try signing in.', 'email_taken');
    const user = users.create(email, displayName, await hashPassword(password));
    audit.record({ actorId: user.id, action: 'account.signed_up', subject: user.id });
    startSession(c, user.id);
    return c.json({ user: publicUser(user) }, 201);
  });

  app.post('/auth/signin', async (c) => {
    const { users, limiter, audit } = c.get('services');
    const body = await readJsonObject(c);
    const email = emailField(body);
    const password = stringField(body, 'password', { max: 256, label: 'Password' });
    const keys = [`email:${email}`, `ip:${getConnInfo(c).remote.address ?? 'unknown'}`];
    const wait = limiter.retryAfterMs(keys);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait / 1000)));
      throw tooManyRequests(`Too many attempts. Please wait ${Math.ceil(wait / 1000)} seconds and try again.`, 'slow_down');
    }
    const user = users.findByEmail(email);
    // Verify against a decoy when there is no account, so timing does not reveal which emails exist.
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) {
      limiter.recordFailure(keys);
      if (user) audit.record({ actorId: user.id, action: 'account.sign_in_failed', subject: user.id });
      throw new HttpError(401, 'wrong_credentials', 'That email and password do not match an account.');
    }
    limiter.recordSuccess(keys);
    audit.record({ actorId: user.id, action: 'account.signed_in', subject: user.id });
    startSession(c, user.id);
    return c.json({ user: publicUser(user) });
  });

  app.post('/auth/signout', (c) => {
    const { sessions, connections, audit } = c.get('services');
    const identity = c.get('identity');
    if (identity?.sessionId) {
      const sessionId = identity.sessionId;
      sessions.revoke(sessionId);
      connections.closeMatching({ sessionId }, CloseCodes.sessionExpired);
      audit.record({ actorId: identity.user.id, action: 'account.signed_out', subject: identity.user.id });
    }
    deleteCookie(c, sessionCookieName, { path: '/' });
    return c.body(null, 204);
  });

  return app;
}
