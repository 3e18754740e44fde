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

let lastIssuedMs = 0;

/**
 * Now as ISO-8601 text, strictly later than the last time this process handed out: lists sort
 * by these times (a team by when each person joined, invitations and tokens newest first), and
 * rows written in the same millisecond would otherwise have no order of their own. A burst moves
 * a time forward by a millisecond per row at most; a clock set back by more than a second is
 * followed rather than outrun.
 */
export function nowIso(): string {
  const now = Date.now();
  lastIssuedMs = now > lastIssuedMs || lastIssuedMs - now > 1_000 ? now : lastIssuedMs + 1;
  return new Date(lastIssuedMs).toISOString();
}
