import { recentSignInMs } from '../../shared/signing';
import type { Identity } from '../accounts/Authenticator';
import { verifyPassword } from '../accounts/passwords';
import { HttpError } from './errors';
import type { Services } from '../services';

export type SigningMethod = 'password' | 'recent_sign_in';

/**
 * A signature needs the signer's own confirmation: their password, re-entered, unless they
 * signed in with it in the last 15 minutes (on this session). A token alone never signs.
 */
export async function checkSigner(services: Services, identity: Identity, password: unknown): Promise<SigningMethod> {
  if (typeof password === 'string' && password !== '') {
    const user = services.users.findById(identity.user.id);
    if (!user || password.length > 1_024 || !(await verifyPassword(user.passwordHash, password))) {
      throw new HttpError(403, 'wrong_password', 'That password is not right. Enter the password you sign in with.');
    }
    return 'password';
  }
  const signedInAt = identity.sessionId ? services.sessions.signedInAt(identity.sessionId) : null;
  if (signedInAt && Date.now() - Date.parse(signedInAt) < recentSignInMs) return 'recent_sign_in';
  throw new HttpError(403, 'password_required', 'Enter your password to sign: it confirms that it is you signing.');
}
