/**
 * The hashing library is native code (about 5 MiB of memory once loaded), loaded on the first
 * password checked: an instance that only relays documents to signed-in sockets never needs it.
 */
let argon2: Promise<typeof import('@node-rs/argon2')> | null = null;
const loadArgon2 = () => (argon2 ??= import('@node-rs/argon2'));

/** Algorithm.Argon2id; the package exports it as a const enum, which isolated modules cannot read. */
const argon2id = 2;

export const minPasswordLength = 10;

/** argon2id with the library's defaults (19 MiB, 2 passes), the OWASP baseline. */
export function hashPassword(password: string): Promise<string> {
  return oneAtATime(async () => (await loadArgon2()).hash(password, { algorithm: argon2id }));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await oneAtATime(async () => (await loadArgon2()).verify(passwordHash, password));
  } catch {
    return false;
  }
}

/**
 * argon2 is built to be expensive: each check takes a core for tens of milliseconds. Run on
 * every core at once (a burst of sign-ins, even the few the limiter lets through), they would
 * starve the event loop that answers everyone else; one at a time, a burst costs its senders
 * waiting, and the rest of the server keeps its share of the machine.
 */
let passwordWork: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  const result = passwordWork.then(work, work);
  passwordWork = result.catch(() => undefined);
  return result;
}

/** A fixed hash to verify against when the account does not exist, so timing reveals nothing. */
let decoyHash: Promise<string> | null = null;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('decoy password that no account has');
  return decoyHash;
}
