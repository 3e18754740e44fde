import { inOneTransaction } from '../../data/inOneTransaction';
import { Hono } from 'hono';
import { CloseCodes } from '../../../shared/closeCodes';
import type { AppEnv } from '../AppEnv';
import { conflict, forbidden, notFound } from '../errors';
import { requireMember } from '../middleware';
import { notifyMembers } from '../../notifications/notifyMembers';

export function consentRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/workspaces/:workspaceId/consents', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { membership } = await requireMember(c, workspaceId);
    if (membership.role !== 'parent' && membership.role !== 'case_manager') {
      throw forbidden('Only parents and the case manager see consent records.', 'consents_private');
    }
    const consents = await c.get('services').consents.listForWorkspace(workspaceId);
    return c.json({ consents: consents.map(({ workspaceId: _w, ...view }) => view) });
  });

  /** Consent is the parent's to withdraw; access that rested on it ends at once, open sockets too. */
  app.post('/workspaces/:workspaceId/consents/:consentId/revoke', async (c) => {
    const workspaceId = c.req.param('workspaceId');
    const { identity, membership } = await requireMember(c, workspaceId);
    if (membership.role !== 'parent') throw forbidden('Only a parent or guardian can withdraw consent.', 'consent_parent_only');
    const services = c.get('services');
    const { consents, workspaces, connections } = services;
    const consent = await consents.findById(c.req.param('consentId'));
    if (!consent || consent.workspaceId !== workspaceId) throw notFound('No such consent.', 'no_consent');
    // The withdrawal, the members and invitations it ends, and their audit entries: all or none.
    const removed = await inOneTransaction(services, async (tx) => {
      if (!(await tx.consents.revoke(consent.id, identity.user.id))) throw conflict('This consent was already withdrawn.', 'consent_revoked');
      await tx.invitations.revokeByConsent(consent.id);
      const members = await tx.workspaces.membersByConsent(consent.id);
      for (const userId of members) {
        await tx.workspaces.removeMember(workspaceId, userId);
        await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'member.removed', subject: userId, details: { reason: 'consent withdrawn' } });
      }
      await tx.audit.record({ workspaceId, actorId: identity.user.id, action: 'consent.revoked', subject: consent.id });
      return members;
    });
    for (const userId of removed) connections.closeMatching({ userId, workspaceId }, CloseCodes.forbidden);
    // Those who lost access hear who can restore it; the case managers hear that the team changed.
    const parent = identity.user.displayName;
    notifyMembers(c, workspaceId, 'consent_changed', { en: `${parent} withdrew consent to share a plan with you. Only ${parent} can invite you again.`, es: `${parent} retiró el consentimiento para compartir un plan con usted. Solo ${parent} puede volver a invitarlo.` }, '/', removed, identity.user.id);
    const managers = (await workspaces.members(workspaceId)).filter((member) => member.role === 'case_manager').map((member) => member.userId);
    notifyMembers(c, workspaceId, 'consent_changed', { en: `${parent} withdrew consent to share a plan; those it covered no longer have access.`, es: `${parent} retiró el consentimiento para compartir un plan; quienes estaban cubiertos ya no tienen acceso.` }, `/w/${encodeURIComponent(workspaceId)}`, managers, identity.user.id);
    return c.body(null, 204);
  });

  return app;
}
