import { Hono } from 'hono';
import type { SetupState } from '../../../shared/api';
import { CloseCodes } from '../../../shared/closeCodes';
import { limitKey, limitRules } from '../../accounts/limitRules';
import { hashPassword, minPasswordLength } from '../../accounts/passwords';
import { publicUser } from '../../accounts/UserRepository';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, forbidden, HttpError } from '../errors';
import { clientAddress, requireAttempt } from '../limits';
import { requireIdentity } from '../middleware';
import { checkPassword } from '../passwordCheck';
import { emailField, readJsonObject, stringField } from '../readBody';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/i18n/languages';
import { clearSessionCookie, endSessions, startSession } from '../sessionCookie';
import { mailVerificationLink } from './verificationRoutes';

export function authRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/setup', async (c) => {
    const { users, mailer } = c.get('services');
    const state: SetupState = { needsFirstAccount: await users.count() === 0, mailEnabled: mailer !== null };
    return c.json(state);
  });

  app.get('/auth/me', (c) => c.json({ user: requireIdentity(c).user }));

  app.post('/auth/signup', async (c) => {
    const { users, audit } = c.get('services');
    const body = await readJsonObject(c);
    const email = emailField(body);
    const displayName = stringField(body, 'displayName', { max: 80, label: 'Your name' });
    const password = stringField(body, 'password', { min: minPasswordLength, max: 256, label: 'Password' });
    const language = languageField(body);
    // Counted before the password is hashed: hashing is the expensive part.
    await requireAttempt(c, [limitKey(limitRules.signUpAddress, clientAddress(c))]);
    if (await users.findByEmail(email)) throw conflict('An account with this email already exists. Try signing in.', 'email_taken');
    const passwordHash = await hashPassword(password);
    // Two sign-ups for one address at once: the unique index refuses the second, which hears
    // the same answer as one that came later.
    const user = await users.create(email, displayName, passwordHash, language).catch(async (error: unknown) => {
      if (await users.findByEmail(email)) throw conflict('An account with this email already exists. Try signing in.', 'email_taken');
      throw error;
    });
    await audit.record({ actorId: user.id, action: 'account.signed_up', subject: user.id });
    await startSession(c, user.id);
    await mailVerificationLink(c, user);
    return c.json({ user: publicUser(user) }, 201);
  });

  app.post('/auth/signin', async (c) => {
    const { users, limiter, audit } = c.get('services');
    const body = await readJsonObject(c);
    const email = emailField(body);
    const password = stringField(body, 'password', { max: 256, label: 'Password' });
    const byAddress = limitKey(limitRules.signInAddress, clientAddress(c));
    const byAccount = limitKey(limitRules.signInAccount, email);
    // Counted before the hash is verified, so concurrent guesses cannot all slip past the count.
    await requireAttempt(c, [byAddress, byAccount]);
    const user = await users.findByEmail(email);
    if (!(await checkPassword(c, user?.passwordHash ?? null, password, 'sign_in')) || !user) {
      if (user) await audit.record({ actorId: user.id, action: 'account.sign_in_failed', subject: user.id });
      throw new HttpError(401, 'wrong_credentials', 'That email and password do not match an account.');
    }
    await limiter.reset([byAccount]);
    await limiter.refund([byAddress]);
    await audit.record({ actorId: user.id, action: 'account.signed_in', subject: user.id });
    await startSession(c, user.id);
    return c.json({ user: publicUser(user) });
  });

  /** The person's language for the interface and their mail; takes effect at once, no reload. */
  app.put('/auth/language', async (c) => {
    const identity = requireIdentity(c);
    const body = await readJsonObject(c);
    if (body.language === undefined) throw badRequest('Say which language to use.', 'invalid_language');
    const language = languageField(body);
    await c.get('services').users.setLanguage(identity.user.id, language);
    return c.json({ user: publicUser({ ...identity.user, language }) });
  });

  app.post('/auth/signout', async (c) => {
    const { sessions, connections, audit } = c.get('services');
    const identity = c.get('identity');
    if (identity?.sessionId) {
      const sessionId = identity.sessionId;
      await sessions.revoke(sessionId);
      connections.closeMatching({ sessionId }, CloseCodes.sessionExpired);
      await audit.record({ actorId: identity.user.id, action: 'account.signed_out', subject: identity.user.id });
    }
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  /** Ends every session of this person, this one included. Access tokens are managed on their own. */
  app.post('/auth/signout-everywhere', async (c) => {
    const identity = requireIdentity(c);
    if (!identity.sessionId) throw forbidden('Sign out everywhere from a signed-in browser.', 'session_required');
    await endSessions(c, identity.user.id, null);
    await c.get('services').audit.record({ actorId: identity.user.id, action: 'account.signed_out_everywhere', subject: identity.user.id });
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  return app;
}

/** An optional `language` in a body: absent means English, anything else must be offered. */
function languageField(body: Record<string, unknown>): Language {
  if (body.language === undefined) return defaultLanguage;
  if (!isLanguage(body.language)) throw badRequest('Choose one of the languages Bridgeplan offers.', 'invalid_language');
  return body.language;
}
