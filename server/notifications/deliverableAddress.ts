import type { UserView } from '../../shared/api';

/** Notification mail goes only to an address its owner has proved (a mailed link or in person). */
export function deliverableAddress(user: UserView): string | null {
  return user.emailVerified ? user.email : null;
}
