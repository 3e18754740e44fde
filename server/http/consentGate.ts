import type { MiddlewareHandler } from 'hono';
import type { ConsentScopeItem } from '../../shared/consentScope';
import { consentAllows } from '../workspaces/consentAccess';
import type { AppEnv } from './AppEnv';
import { forbidden } from './errors';

/**
 * Which box of a consent each part of a workspace's API belongs to.
 */
const partItem: Readonly<Record<string, ConsentScopeItem>> = {
  plan: 'plan',
  versions: 'plan',
  meetings: 'plan',
  threads: 'plan',
  inbox: 'plan',
  history: 'plan',
  suggestions: 'plan',
  translations: 'plan',
  'team-coverage': 'plan',
  'service-log': 'plan',
  notes: 'plan',
  schedule: 'schedule',
  progress: 'progress',
};

/**
 * The team's own business (who is on it, invitations, consents, the audit log, the zone, who
 * suggests rather than edits): not part of the child's record shared by consent, governed by
 * the role alone.
 */
const teamParts: ReadonlySet<string> = new Set(['members', 'invitations', 'consents', 'audit', 'time-zone', 'suggestion-modes']);

/**
 * The consent box a part needs: null for a part no box covers. A part named in neither list
 * (a route added later) is closed to consent-limited members until someone decides which box
 * opens it, rather than open to them by default.
 */
export function consentItemOfPart(part: string): ConsentScopeItem | null | 'team' {
  if (teamParts.has(part)) return 'team';
  return Object.hasOwn(partItem, part) ? partItem[part]! : null;
}

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
  const item = match ? consentItemOfPart(match[2]!) : 'team';
  // Hono's routes read the id the same way; an id that does not decode names no workspace.
  const workspaceId = match ? safeDecode(match[1]!) : null;
  if (workspaceId && item !== 'team' && identity && !(await consentAllows(c.get('services'), workspaceId, identity.user.id, item))) {
    throw forbidden('The parent’s consent does not share this part of the record with you.', 'outside_consent');
  }
  await next();
};
