import type { ConsentScopeItem } from '../../shared/consentScope';
import type { NotificationKind } from '../../shared/notifications';
import type { Services } from '../services';
import { consentAllows } from '../workspaces/consentAccess';

/**
 * The part of the child's record each kind of news comes from. A clinic therapist hears only
 * of what the parent's consent shares with them: a meeting's title and time are the plan's
 * business, as the meetings themselves are. The consent's own changes reach everyone they
 * concern, whatever it covers.
 */
const kindItem: Readonly<Record<NotificationKind, ConsentScopeItem | 'everyone'>> = {
  mention: 'plan',
  reply: 'plan',
  signature_requested: 'plan',
  version_agreed: 'plan',
  consent_changed: 'everyone',
  meeting_scheduled: 'plan',
  meeting_tomorrow: 'plan',
  session_today: 'schedule',
  plan_date_due: 'plan',
  missed_session: 'plan',
};

/** Whether a member may be told this kind of news from this workspace. */
export type Audience = (userId: string) => Promise<boolean>;

/** For news whose recipients were already held to their consent (the reminder job does so before recording them). */
export const everyoneChosen: Audience = async () => true;

export function consentAudience(services: Services, workspaceId: string, kind: NotificationKind): Audience {
  const item = kindItem[kind];
  if (item === 'everyone') return everyoneChosen;
  return (userId) => consentAllows(services, workspaceId, userId, item);
}
