import type { Context } from 'hono';
import type { NotificationKind } from '../../shared/notifications';
import type { AppEnv } from '../http/AppEnv';
import { expectedOrigin } from '../http/middleware';
import { consentAudience } from './consentAudience';
import type { NotificationEvent } from './notificationMail';

/**
 * Notifies members of a workspace of something a request did; the link points into this
 * site. Those the parent's consent does not share that part of the record with are not told.
 */
export function notifyMembers(
  c: Context<AppEnv>,
  workspaceId: string,
  kind: NotificationKind,
  line: NotificationEvent['line'],
  path: string,
  recipients: Iterable<string>,
  actorId: string | null,
): void {
  const services = c.get('services');
  services.notifier.notify({ kind, line, link: `${expectedOrigin(c)}${path}` }, recipients, actorId, consentAudience(services, workspaceId, kind));
}
