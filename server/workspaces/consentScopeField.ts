import { consentScopeItems, isConsentScopeItem, type ConsentScopeItem } from '../../shared/consentScope';
import { badRequest } from '../http/errors';

/**
 * The boxes a parent ticked when granting consent. Absent means a caller that sends only words
 * (as before the boxes): stored as null, and read from the words, narrowly.
 */
export function consentScopeField(value: unknown): ConsentScopeItem[] | null {
  if (value === undefined) return null;
  if (!Array.isArray(value) || value.length === 0 || value.length > consentScopeItems.length || !value.every(isConsentScopeItem)) {
    throw badRequest(`Tick at least one of what is shared: ${consentScopeItems.join(', ')}.`, 'invalid_scope');
  }
  return [...new Set(value)];
}
