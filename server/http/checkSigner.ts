import type { Context } from 'hono';
import { recentSignInMs } from '../../shared/signing';
import type { Identity } from '../accounts/Authenticator';
import { limitKey, limitRules } from '../accounts/limitRules';
import type { AppEnv } from './AppEnv';
import { HttpError } from './errors';
import { clientAddress, requireAttempt } from './limits';
import { checkPassword } from './passwordCheck';

export type SigningMethod = 'password' | 'recent_sign_in';

/**
 * A signature needs the signer's own confirmation: their password, re-entered, unless they
 * signed in with it in the last 15 minutes (on this session). A token alone never signs.
 */
export async function checkSigner(c: Context<AppEnv>, identity: Identity, password: unknown): Promise<SigningMethod> {
  const services = c.get('services');
  if (typeof password === 'string' && password !== '') {
    if (password.length > 1_024) throw new HttpError(403, 'wrong_password', 'That password is not right. Enter the password you sign in with.');
    // The same limits as signing in: the signing dialog must not be a side door for guessing.
    const byAccount = limitKey(limitRules.signInAccount, identity.user.email);
    await requireAttempt(c, [limitKey(limitRules.signInAddress, clientAddress(c)), byAccount]);
    const user = await services.users.findById(identity.user.id);
    if (!user || !(await checkPassword(c, user.passwordHash, password, 'signing'))) {
      throw new HttpError(403, 'wrong_password', 'That password is not right. Enter the password you sign in with.');
    }
    await services.limiter.reset([byAccount]);
    return 'password';
  }
  const signedInAt = identity.sessionId ? await services.sessions.signedInAt(identity.sessionId) : null;
  if (signedInAt && Date.now() - Date.parse(signedInAt) < recentSignInMs) return 'recent_sign_in';
  throw new HttpError(403, 'password_required', 'Enter your password to sign: it confirms that it is you signing.');
}
