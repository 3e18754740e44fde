import { createHash, randomBytes } from 'node:crypto';

/** An unguessable secret for cookies, tokens and invitation links (256 bits). */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Short random id for rows; ids are not secrets and may appear in URLs and logs. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url').replace(/[^A-Za-z0-9]/g, 'x')}`;
}

/**
 * Secrets are stored only as hashes, so a copy of the database hands out no live session,
 * token or invitation. SHA-256 suffices: they are random, not chosen by people.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const nowIso = (): string => new Date().toISOString();
