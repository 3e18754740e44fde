import type { Context } from 'hono';
import type { ConsentScopeItem } from '../../shared/consentScope';
import { consentAllows } from '../workspaces/consentAccess';
import type { AppEnv } from './AppEnv';
import { forbidden } from './errors';

/** Refuses a member whose consent (a clinic therapist's) does not tick this part of the record. */
export function requireConsentFor(c: Context<AppEnv>, workspaceId: string, userId: string, item: ConsentScopeItem): void {
  if (!consentAllows(c.get('services'), workspaceId, userId, item)) {
    throw forbidden('The parent’s consent does not share this part of the record with you.', 'outside_consent');
  }
}
