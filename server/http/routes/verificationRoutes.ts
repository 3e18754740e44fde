import { Hono, type Context } from 'hono';
import type { UserView } from '../../../shared/api';
import { limitKey, limitRules } from '../../accounts/limitRules';
import { sendInBackground, verificationMail } from '../../mail/accountMail';
import type { AppEnv } from '../AppEnv';
import { conflict, forbidden, HttpError, notFound } from '../errors';
import { clientAddress, requireAttempt } from '../limits';
import { expectedOrigin, requireIdentity, requireMember } from '../middleware';
import { readJsonObject, stringField } from '../readBody';

/** Mails a fresh one-time verification link when a mail server is configured; false otherwise. */
export async function mailVerificationLink(c: Context<AppEnv>, user: UserView): Promise<boolean> {
  const { mailer, accountLinks, logger } = c.get('services');
  if (!mailer || user.emailVerified) return false;
  const secret = await accountLinks.create(user.id, user.email, 'verify_email');
  sendInBackground(mailer, logger.child('mail'), verificationMail(user.email, `${expectedOrigin(c)}/verify-email/${secret}`, user.language));
  return true;
}

const linkUnusable = () =>
  new HttpError(410, 'link_unusable', 'This link has expired or was used already. Ask for a new one from your Bridgeplan page.');

/**
 * Email verification: by a one-time link mailed to the address when mail is configured, or,
 * when it is not, by the case manager confirming it in person (recorded in the audit log).
 */
export function verificationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/auth/verify-email/send', async (c) => {
    const identity = requireIdentity(c);
    if (identity.user.emailVerified) throw conflict('Your email is already confirmed.', 'already_verified');
    if (!c.get('services').mailer) throw conflict('This Bridgeplan does not send mail. Ask your case manager to confirm your email in person.', 'mail_not_configured');
    await requireAttempt(c, [limitKey(limitRules.mailAddress, clientAddress(c)), limitKey(limitRules.mailRecipient, identity.user.email)]);
    await mailVerificationLink(c, identity.user);
    return c.json({ sentTo: identity.user.email }, 202);
  });

  /** Opened from the mailed link; works in any browser, signed in or not: the link is the proof. */
  app.post('/auth/verify-email', async (c) => {
    const body = await readJsonObject(c);
    const token = stringField(body, 'token', { max: 200, label: 'The link' });
    await requireAttempt(c, [limitKey(limitRules.secretAddress, clientAddress(c))]);
    const { accountLinks, users, audit } = c.get('services');
    const link = await accountLinks.consume(token, 'verify_email');
    if (!link) throw linkUnusable();
    const user = await users.findById(link.userId);
    if (!user || user.email.toLowerCase() !== link.email.toLowerCase()) throw linkUnusable();
    if (await users.markEmailVerified(user.id, user.email)) {
      await audit.record({ actorId: user.id, action: 'account.email_verified', subject: user.id, details: { how: 'mail' } });
    }
    return c.json({ emailVerified: true, email: user.email });
  });

  app.post('/workspaces/:workspaceId/invitations/:invitationId/confirm-email', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const { invitations, users } = c.get('services');
    const invitation = await invitations.findById(c.req.param('invitationId'));
    if (!invitation || invitation.workspaceId !== workspaceId || invitation.status !== 'pending') throw notFound('No such pending invitation.', 'no_pending_invitation');
    const account = await users.findByEmail(invitation.email);
    if (!account) throw conflict(`Nobody has created an account with ${invitation.email} yet. Confirm it once they have.`, 'no_account_yet', { email: invitation.email });
    await confirmInPerson(c, { workspaceId, actorId: identity.user.id, account, via: { invitation: invitation.id } });
    return c.json({ inviteeAccount: 'verified' });
  });

  app.post('/workspaces/:workspaceId/members/:userId/confirm-email', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity } = await requireMember(c, workspaceId, 'manageTeam');
    const { workspaces, users } = c.get('services');
    const userId = c.req.param('userId');
    const account = await workspaces.membership(workspaceId, userId) ? await users.findById(userId) : null;
    if (!account) throw notFound('That person is not on this team.', 'not_on_team');
    await confirmInPerson(c, { workspaceId, actorId: identity.user.id, account, via: {} });
    return c.json({ members: await workspaces.members(workspaceId) });
  });

  return app;
}

/**
 * The case manager vouches that the person in front of them holds this address. Only when no
 * mail server is configured: with mail, the mailed link proves it, and a case manager of one
 * team cannot vouch for an address that other teams' invitations are sent to.
 */
async function confirmInPerson(
  c: Context<AppEnv>,
  input: { workspaceId: string; actorId: string; account: UserView; via: Record<string, string> },
): Promise<void> {
  const { mailer, users, audit } = c.get('services');
  if (mailer) {
    throw conflict('This Bridgeplan mails a confirmation link. Ask them to open it; they can send it again from their Bridgeplan page.', 'verify_by_mail');
  }
  if (input.account.id === input.actorId) throw forbidden('Nobody can vouch for their own email. Another case manager can.', 'not_yourself');
  if (input.account.emailVerified) return;
  if (await users.markEmailVerified(input.account.id, input.account.email)) {
    await audit.record({
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: 'member.email_confirmed',
      subject: input.account.id,
      details: { email: input.account.email, how: 'in_person', ...input.via },
    });
  }
}
