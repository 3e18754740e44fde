import { inOneTransaction } from '../../data/inOneTransaction';
import { Hono, type Context } from 'hono';
import type { CreatedInvitation, InvitationPreview, PendingInvitationView } from '../../../shared/api';
import { invitableRoles, invitationNeedsConsent, isRole, roleDefinitions, type Role } from '../../../shared/roles';
import { errorFields } from '../../logger';
import { defaultLanguage, isLanguage, type Language } from '../../../shared/i18n/languages';
import { mayReceiveMail } from '../../mail/accountMail';
import { invitationText } from '../../mail/mailText';
import type { AppEnv } from '../AppEnv';
import { badRequest, conflict, forbidden, HttpError, notFound } from '../errors';
import { expectedOrigin, requireIdentity, requireMember } from '../middleware';
import { emailField, readJsonObject, stringField } from '../readBody';
import { requireAttempt } from '../limits';
import { limitKey, limitRules } from '../../accounts/limitRules';
import { consentScopeField } from '../../workspaces/consentScopeField';

const publicView = <T extends { workspaceId: string; invitedById: string; consentId: string | null }>(invitation: T) => {
  const { workspaceId: _w, invitedById: _i, consentId: _c, ...view } = invitation;
  return view;
};

/**
 * Mails the link when a mail server is configured. The mail names neither the student nor the
 * school: mail leaves our privacy boundary, and the invitee sees the student once signed in.
 */
async function mailInvitation(
  c: Context<AppEnv>,
  input: { to: string; link: string; inviter: string; role: Role; expiresAt: string; language: Language; timeZone: string },
): Promise<boolean> {
  const { mailer, logger, users } = c.get('services');
  // An account that has not verified this address may not be its owner's: mail nothing there.
  if (!mailer || !(await mayReceiveMail(users, input.to))) return false;
  try {
    await mailer.send({ to: input.to, ...invitationText(input.language, input) });
    return true;
  } catch (error) {
    logger.warn('invitation mail failed', errorFields(error));
    return false;
  }
}

export function invitationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.post('/workspaces/:workspaceId/invitations', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId, 'invite');
    const body = await readJsonObject(c);
    const email = emailField(body);
    const role = body.role;
    if (!isRole(role)) throw badRequest('Choose one of the team roles.', 'invalid_role');
    if (!invitableRoles(membership.role).includes(role)) {
      throw forbidden(
        invitationNeedsConsent(role)
          ? 'A clinic therapist joins through the parent’s invitation, which records their consent to share.'
          : `As ${roleDefinitions[membership.role].label.toLowerCase()} you cannot invite a ${roleDefinitions[role].label.toLowerCase()}.`,
        'role_not_invitable',
      );
    }
    const language = body.language === undefined ? defaultLanguage : body.language;
    if (!isLanguage(language)) throw badRequest('Choose one of the languages Bridgeplan offers.', 'invalid_language');
    // Counted before anything is made: a refused invitation makes no row and sends no mail.
    await requireAttempt(c, [limitKey(limitRules.invitationAccount, identity.user.id), limitKey(limitRules.invitationRecipient, email)]);
    const consentBody = typeof body.consent === 'object' && body.consent !== null ? (body.consent as Record<string, unknown>) : {};
    const consentTerms = invitationNeedsConsent(role)
      ? {
          sharedScope: stringField(consentBody, 'sharedScope', { max: 500, label: 'What you agree to share' }),
          scopeItems: consentScopeField(consentBody.scope),
          purpose: stringField(consentBody, 'purpose', { max: 500, label: 'The purpose of sharing' }),
        }
      : null;
    // The parent's consent, the invitation resting on it and their audit rows: all or none.
    const { invitation, secret } = await inOneTransaction(c.get('services'), async (tx) => {
      let consentId: string | null = null;
      if (consentTerms) {
        const consent = await tx.consents.create({ workspaceId, grantedBy: identity.user.id, recipientEmail: email, ...consentTerms });
        consentId = consent.id;
        await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'consent.granted', subject: consent.id, details: { recipient: email } });
      }
      const made = await tx.invitations.create({ workspaceId, email, role, invitedBy: identity.user.id, consentId, language });
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'member.invited', subject: made.invitation.id, details: { email, role } });
      return made;
    });
    const link = `${expectedOrigin(c)}/invite/${secret}`;
    const created: CreatedInvitation = {
      invitation: publicView(invitation),
      link,
      mailed: await mailInvitation(c, { to: email, link, inviter: identity.user.displayName, role, expiresAt: invitation.expiresAt, language, timeZone: await c.get('services').workspaces.timeZone(workspaceId) }),
    };
    return c.json(created, 201);
  });

  app.get('/workspaces/:workspaceId/invitations', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    // Each invitation says whether this caller may withdraw it, so the page offers only what works.
    const { identity, membership } = await requireMember(c, workspaceId, 'invite');
    const { invitations, users } = c.get('services');
    const mayWithdraw = (invitedById: string) => invitedById === identity.user.id || membership.role === 'case_manager';
    const listed: PendingInvitationView[] = await Promise.all((await invitations.listForWorkspace(workspaceId)).map(async (invitation) => {
      const account = invitation.status === 'pending' ? await users.findByEmail(invitation.email) : null;
      return {
        ...publicView(invitation),
        canWithdraw: mayWithdraw(invitation.invitedById),
        inviteeAccount: account === null ? 'none' : account.emailVerified ? 'verified' : 'unverified',
      };
    }));
    return c.json({ invitations: listed });
  });

  app.delete('/workspaces/:workspaceId/invitations/:invitationId', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId, 'invite');
    const { invitations, audit } = c.get('services');
    const invitation = await invitations.findById(c.req.param('invitationId'));
    if (!invitation || invitation.workspaceId !== workspaceId) throw notFound('No such invitation.', 'no_invitation');
    if (invitation.invitedById !== identity.user.id && membership.role !== 'case_manager') {
      throw forbidden('Only the person who sent an invitation or the case manager can withdraw it.', 'not_inviter');
    }
    if (!(await invitations.revoke(invitation.id))) throw conflict('This invitation was already used or withdrawn.', 'invitation_closed');
    await audit.record({ workspaceId, actorId: identity.user.id, action: 'invitation.revoked', subject: invitation.id });
    return c.body(null, 204);
  });

  /** What an invitation link offers. The student's name is shown only to the invited person. */
  app.get('/invitations/:secret', async (c) => {
    const { invitations, workspaces } = c.get('services');
    const invitation = await invitations.findBySecret(c.req.param('secret'));
    if (!invitation) throw notFound('This invitation link is not valid. Ask the person who invited you for a new one.', 'invitation_invalid');
    const identity = c.get('identity');
    const isInvitee = identity?.user.email.toLowerCase() === invitation.email.toLowerCase();
    const preview: InvitationPreview = {
      studentName: isInvitee ? await workspaces.studentName(invitation.workspaceId) : null,
      role: invitation.role,
      invitedByName: invitation.invitedBy,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      status: invitation.status,
      language: invitation.language,
    };
    return c.json({ invitation: preview });
  });

  app.post('/invitations/:secret/accept', async (c) => {
    const identity = requireIdentity(c);
    const { invitations, consents, workspaces } = c.get('services');
    const invitation = await invitations.findBySecret(c.req.param('secret'));
    if (!invitation) throw notFound('This invitation link is not valid. Ask the person who invited you for a new one.', 'invitation_invalid');
    if (invitation.status !== 'pending') {
      throw new HttpError(410, `invitation_${invitation.status}`, `This invitation has been ${invitation.status === 'accepted' ? 'used already' : invitation.status === 'expired' ? 'expired' : 'withdrawn'}. Ask for a new one.`);
    }
    if (identity.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw forbidden(`This invitation is for ${invitation.email}. Sign in with that email to accept it.`, 'invitation_other_email', { email: invitation.email });
    }
    // Holding the link and typing the invited address is not enough: the address must be proved.
    if (!identity.user.emailVerified) {
      throw forbidden(
        c.get('services').mailer
          ? `Confirm your email first: open the link we mailed to ${invitation.email}, then accept.`
          : `Confirm your email first: ask the team’s case manager to confirm ${invitation.email} in person, then accept.`,
        'email_unverified',
        { email: invitation.email },
      );
    }
    if (invitation.consentId && (await consents.findById(invitation.consentId))?.revokedAt) {
      throw new HttpError(410, 'invitation_consent_withdrawn', 'The parent withdrew consent for this invitation.');
    }
    if (await workspaces.membership(invitation.workspaceId, identity.user.id)) {
      throw conflict('You are already on this team.', 'already_member');
    }
    await inOneTransaction(c.get('services'), async (tx) => {
      // A consent withdrawn while this request ran wins: its withdrawal waits for this check.
      if (invitation.consentId && !(await tx.consents.holdLive(invitation.consentId))) {
        throw new HttpError(410, 'invitation_consent_withdrawn', 'The parent withdrew consent for this invitation.');
      }
      // Marking it accepted first makes a second, concurrent accept of the same link fail.
      if (!(await tx.invitations.markAccepted(invitation.id, identity.user.id))) {
        throw new HttpError(410, 'invitation_accepted', 'This invitation has been used already. Ask for a new one.');
      }
      await tx.workspaces.addMember(invitation.workspaceId, identity.user.id, invitation.role, invitation.consentId);
      await tx.audit.record({
        workspaceId: invitation.workspaceId,
        actorId: identity.user.id,
        action: 'member.joined',
        subject: identity.user.id,
        details: { role: invitation.role, invitation: invitation.id },
      });
    });
    return c.json({ workspaceId: invitation.workspaceId, role: invitation.role });
  });

  return app;
}
