import { getMe } from '../api/accountApi';
import { markSignedIn } from '../session/sessionStore';

/** Asks the server who is signed in again, without blanking the page (e.g. after confirming an email). */
export async function refreshUser(): Promise<void> {
  markSignedIn(await getMe());
}
