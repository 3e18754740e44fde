import { createHmac, timingSafeEqual } from 'node:crypto';
import { isNotificationKind, type NotificationKind } from '../../shared/notifications';

/**
 * The unsubscribe link carries who and which kind, signed with the server's key, so it works
 * without signing in (from any mail client) and cannot be altered to unsubscribe someone else
 * or from another kind. It grants nothing but turning that one kind off.
 */
export interface UnsubscribeClaim {
  readonly userId: string;
  readonly kind: NotificationKind;
}

const maxTokenLength = 300;

function mac(key: Buffer, userId: string, kind: string): string {
  return createHmac('sha256', key).update(`unsubscribe\n${userId}\n${kind}`).digest('base64url');
}

export function unsubscribeToken(key: Buffer, claim: UnsubscribeClaim): string {
  return `${claim.userId}.${claim.kind}.${mac(key, claim.userId, claim.kind)}`;
}

/** The claim of a genuine token; null for anything altered, truncated or made up. */
export function readUnsubscribeToken(key: Buffer, token: string): UnsubscribeClaim | null {
  if (token.length > maxTokenLength) return null;
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [userId, kind, given] = parts as [string, string, string];
  if (!isNotificationKind(kind) || userId === '') return null;
  const expected = Buffer.from(mac(key, userId, kind));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  return { userId, kind };
}
