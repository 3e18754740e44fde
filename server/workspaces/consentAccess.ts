import { consentCoversDocument, consentCoversItem, type ConsentScopeItem } from '../../shared/consentScope';
import type { Services } from '../services';
import type { Membership } from './WorkspaceRepository';

/**
 * The boxes of the consent a member's access rests on (a clinic therapist's), or null when it
 * rests on none (school staff, the family) or on a consent given as words only: no limit
 * beyond the role. A withdrawn consent covers nothing.
 */
async function scopeOf(services: Services, workspaceId: string, userId: string): Promise<readonly ConsentScopeItem[] | null> {
  return scopeOfConsent(services, workspaceId, (await services.workspaces.membership(workspaceId, userId))?.consentId ?? null);
}

async function scopeOfConsent(services: Services, workspaceId: string, consentId: string | null): Promise<readonly ConsentScopeItem[] | null> {
  if (!consentId) return null;
  const consent = await services.consents.findById(consentId);
  if (!consent || consent.revokedAt !== null || consent.workspaceId !== workspaceId) return [];
  return consent.scopeItems;
}

/**
 * Whether this member's consent lets them see this part of the child's record. `null` is a
 * part no box covers: only access that rests on no ticked boxes reaches it.
 */
export async function consentAllows(services: Services, workspaceId: string, userId: string, item: ConsentScopeItem | null): Promise<boolean> {
  const scope = await scopeOf(services, workspaceId, userId);
  return item === null ? scope === null : consentCoversItem(scope, item);
}

/**
 * The same for a workspace document by its kind (`plan`, `schedule`, `meeting`...), for a
 * membership the caller has just read (a socket's upgrade reads it anyway: not twice).
 */
export async function consentAllowsDocument(services: Services, workspaceId: string, membership: Pick<Membership, 'consentId'>, documentKind: string): Promise<boolean> {
  const scope = await scopeOfConsent(services, workspaceId, membership.consentId);
  return scope === null || consentCoversDocument(scope, documentKind);
}
