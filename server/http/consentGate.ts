import type { MiddlewareHandler } from 'hono';
import type { ConsentScopeItem } from '../../shared/consentScope';
import { consentAllows } from '../workspaces/consentAccess';
import type { AppEnv } from './AppEnv';
import { forbidden } from './errors';

/**
 * Which box of a consent each part of a workspace's API belongs to. The team's own business
 * (members, invitations, consents, audit, the zone) is not part of the child's record shared
 * by consent and is governed by the role alone.
 */
const partItem: Readonly<Record<string, ConsentScopeItem>> = {
  plan: 'plan',
  versions: 'plan',
  meetings: 'plan',
  threads: 'plan',
  inbox: 'plan',
  history: 'plan',
  suggestions: 'plan',
  'team-coverage': 'plan',
  'service-log': 'plan',
  notes: 'plan',
  schedule: 'schedule',
  progress: 'progress',
};

const workspacePath = /^\/api\/workspaces\/([^/]+)\/([^/]+)/;

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Before any workspace route: a member whose access rests on a consent (a clinic therapist)
 * reaches only the parts it ticks. Who is not signed in or not a member passes on, and the
 * route refuses them as it always does.
 */
export const consentGate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const match = workspacePath.exec(c.req.path);
  const identity = c.get('identity');
  const item = match ? partItem[match[2]!] : undefined;
  // Hono's routes read the id the same way; an id that does not decode names no workspace.
  const workspaceId = match ? safeDecode(match[1]!) : null;
  if (workspaceId && item && identity && !(await consentAllows(c.get('services'), workspaceId, identity.user.id, item))) {
    throw forbidden('The parent’s consent does not share this part of the record with you.', 'outside_consent');
  }
  await next();
};
