import type { Context } from 'hono';
import { decoyPasswordHash, verifyPassword } from '../accounts/passwords';
import type { AppEnv } from './AppEnv';

/**
 * Verifies a password against an account's hash, or against a decoy when there is no account,
 * so timing does not reveal which emails exist. Every verification is logged (without the
 * email): an operator sees the rate of real checks, and it shows the limiter ran first.
 */
export async function checkPassword(c: Context<AppEnv>, passwordHash: string | null, password: string, purpose: 'sign_in' | 'password_change' | 'signing'): Promise<boolean> {
  const valid = await verifyPassword(passwordHash ?? (await decoyPasswordHash()), password);
  const ok = passwordHash !== null && valid;
  c.get('services').logger.child('auth').info('password checked', { purpose, ok });
  return ok;
}
