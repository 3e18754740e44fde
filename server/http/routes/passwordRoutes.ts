import { Hono } from 'hono';
import { limitKey, limitRules } from '../../accounts/limitRules';
import { hashPassword, minPasswordLength } from '../../accounts/passwords';
import { passwordResetMail, sendInBackground } from '../../mail/accountMail';
import type { AppEnv } from '../AppEnv';
import { conflict, forbidden, HttpError } from '../errors';
import { clientAddress, requireAttempt } from '../limits';
import { expectedOrigin, requireIdentity } from '../middleware';
import { checkPassword } from '../passwordCheck';
import { emailField, readJsonObject, stringField } from '../readBody';
import { endSessions } from '../sessionCookie';

const newPasswordField = (body: Record<string, unknown>) =>
  stringField(body, 'newPassword', { min: minPasswordLength, max: 256, label: 'New password' });

/** Changing a password (knowing the current one) and resetting it by a mailed one-time link. */
export function passwordRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/auth/password', async (c) => {
    const identity = requireIdentity(c);
    if (!identity.sessionId) throw forbidden('Change your password from a signed-in browser.', 'session_required');
    const body = await readJsonObject(c);
    const current = stringField(body, 'currentPassword', { max: 256, label: 'Current password' });
    const next = newPasswordField(body);
    const { users, limiter, audit } = c.get('services');
    // The same limits as signing in: this form must not be a side door for guessing.
    const byAccount = limitKey(limitRules.signInAccount, identity.user.email);
    await requireAttempt(c, [limitKey(limitRules.signInAddress, clientAddress(c)), byAccount]);
    const user = await users.findById(identity.user.id);
    if (!user || !(await checkPassword(c, user.passwordHash, current, 'password_change'))) {
      // 403, not 401: the session is fine, only the password typed is wrong.
      throw forbidden('Your current password is not right.', 'wrong_password');
    }
    await limiter.reset([byAccount]);
    await users.setPasswordHash(user.id, await hashPassword(next));
    await endSessions(c, user.id, identity.sessionId);
    await audit.record({ actorId: user.id, action: 'account.password_changed', subject: user.id });
    return c.body(null, 204);
  });

  /**
   * Always the same answer, so it does not tell whether an account has this email. The mail
   * goes only to a verified address, and is sent after the answer.
   */
  app.post('/auth/password-reset', async (c) => {
    const { users, mailer, accountLinks, logger } = c.get('services');
    if (!mailer) throw conflict('This Bridgeplan does not send mail, so it cannot mail a reset link. Ask the person who runs it for help.', 'reset_mail_not_configured');
    const email = emailField(await readJsonObject(c));
    await requireAttempt(c, [limitKey(limitRules.mailAddress, clientAddress(c)), limitKey(limitRules.mailRecipient, email)]);
    const user = await users.findByEmail(email);
    if (user && user.emailVerified) {
      const secret = await accountLinks.create(user.id, user.email, 'reset_password');
      sendInBackground(mailer, logger.child('mail'), passwordResetMail(user.email, `${expectedOrigin(c)}/reset-password/${secret}`, user.language));
    }
    return c.json({ message: `If ${email} belongs to a confirmed Bridgeplan account, a reset link is on its way. It works for one hour.` }, 202);
  });

  app.post('/auth/password-reset/complete', async (c) => {
    const body = await readJsonObject(c);
    const token = stringField(body, 'token', { max: 200, label: 'The link' });
    const next = newPasswordField(body);
    await requireAttempt(c, [limitKey(limitRules.secretAddress, clientAddress(c))]);
    const { accountLinks, users, limiter, audit } = c.get('services');
    const link = await accountLinks.consume(token, 'reset_password');
    const user = link ? await users.findById(link.userId) : null;
    if (!link || !user || user.email.toLowerCase() !== link.email.toLowerCase()) {
      throw new HttpError(410, 'link_unusable', 'This reset link has expired or was used already. Ask for a new one.');
    }
    await users.setPasswordHash(user.id, await hashPassword(next));
    await endSessions(c, user.id, null);
    // Whoever was guessing at this account, its owner now signs in without waiting.
    await limiter.reset([limitKey(limitRules.signInAccount, user.email)]);
    await audit.record({ actorId: user.id, action: 'account.password_reset', subject: user.id });
    return c.json({ email: user.email });
  });

  return app;
}
