import { Hono } from 'hono';
import {
  isNotificationDelivery,
  isNotificationKind,
  notificationKindLabels,
  type UnreadCount,
} from '../../../shared/notifications';
import { readUnsubscribeToken } from '../../notifications/unsubscribeTokens';
import { unreadCount } from '../../notifications/unreadCounts';
import type { Services } from '../../services';
import type { AppEnv } from '../AppEnv';
import { badRequest } from '../errors';
import { requireIdentity } from '../middleware';
import { readJsonObject } from '../readBody';
import { consentAllows } from '../../workspaces/consentAccess';

/** A person's mail preferences and their unread counts per student. */
export function notificationRoutes(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/notifications/preferences', async (c) => {
    const identity = requireIdentity(c);
    return c.json({ preferences: await c.get('services').notifications.preferences(identity.user.id) });
  });

  /** `{ kind: delivery, ... }`: any subset of the kinds. */
  app.put('/notifications/preferences', async (c) => {
    const identity = requireIdentity(c);
    const body = await readJsonObject(c);
    const entries = Object.entries(body);
    for (const [kind, delivery] of entries) {
      if (!isNotificationKind(kind)) throw badRequest(`There is no kind of notification called “${kind.slice(0, 40)}”.`, 'invalid_kind');
      if (!isNotificationDelivery(delivery)) throw badRequest('Choose right away, a daily digest or never.', 'invalid_delivery');
    }
    const { notifications } = c.get('services');
    for (const [kind, delivery] of entries) {
      if (isNotificationKind(kind) && isNotificationDelivery(delivery)) {
        await notifications.setPreference(identity.user.id, kind, delivery);
        if (delivery !== 'daily') await notifications.dropPending(identity.user.id, kind);
      }
    }
    return c.json({ preferences: await notifications.preferences(identity.user.id) });
  });

  app.get('/notifications/unread', async (c) => {
    const identity = requireIdentity(c);
    const services = c.get('services');
    const counts: UnreadCount[] = [];
    for (const workspace of await services.workspaces.listForUser(identity.user.id)) {
      // Conversations are the plan's part of the record: none is counted where consent leaves it out.
      if (!(await consentAllows(services, workspace.id, identity.user.id, 'plan'))) continue;
      counts.push(await unreadCount(services, workspace.id, identity.user.id));
    }
    return c.json({ counts });
  });

  return app;
}

/**
 * Unsubscribing needs no sign-in: the signed link is the credential, and it can do nothing but
 * turn one kind of mail off for one person. Mounted before the CSRF check because mail clients
 * post here (RFC 8058) without any Origin; there is no cookie it could ride on.
 */
export function unsubscribeRoutes(services: Services): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const claimOf = async (token: string | undefined) => {
    const claim = token ? readUnsubscribeToken(await services.notifications.signingKey('unsubscribe'), token) : null;
    if (!claim || !(await services.users.findById(claim.userId))) {
      throw badRequest('This unsubscribe link is not valid. Open it again from the mail, or change your choices in Settings.', 'invalid_unsubscribe_link');
    }
    return claim;
  };

  /** What the link would turn off, for the page to ask "Stop these mails?"; changes nothing. */
  app.get('/notifications/unsubscribe', async (c) => {
    const claim = await claimOf(c.req.query('token'));
    c.header('Cache-Control', 'no-store');
    return c.json({ kind: claim.kind, label: notificationKindLabels[claim.kind] });
  });

  app.post('/notifications/unsubscribe', async (c) => {
    const claim = await claimOf(c.req.query('token'));
    await services.notifications.setPreference(claim.userId, claim.kind, 'never');
    await services.notifications.dropPending(claim.userId, claim.kind);
    services.logger.info('unsubscribed', { kind: claim.kind });
    c.header('Cache-Control', 'no-store');
    return c.json({ kind: claim.kind, label: notificationKindLabels[claim.kind], delivery: 'never' });
  });

  return app;
}
