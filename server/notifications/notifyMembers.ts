import type { Context } from 'hono';
import type { NotificationKind } from '../../shared/notifications';
import type { AppEnv } from '../http/AppEnv';
import { expectedOrigin } from '../http/middleware';
import type { NotificationEvent } from './notificationMail';

/** Notifies people of something a request did; the link points into this site. */
export function notifyMembers(
  c: Context<AppEnv>,
  kind: NotificationKind,
  line: NotificationEvent['line'],
  path: string,
  recipients: Iterable<string>,
  actorId: string | null,
): void {
  c.get('services').notifier.notify({ kind, line, link: `${expectedOrigin(c)}${path}` }, recipients, actorId);
}
