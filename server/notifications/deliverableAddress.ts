import type { UserView } from '../../shared/api';

/**
 * Notification mail goes only to an address its owner has proved. Accounts that carry an
 * `emailVerified` flag are mailed only when it is true; a build whose accounts have no such
 * flag yet mails the address they signed up with. Once every account carries the flag this
 * becomes `return user.emailVerified ? user.email : null;`.
 */
export function deliverableAddress(user: UserView): string | null {
  if ('emailVerified' in user && user.emailVerified !== true) return null;
  return user.email;
}
