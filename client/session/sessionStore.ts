import type { UserView } from '../../shared/api';
import { getMe, getSetup, signOut as requestSignOut } from '../api/accountApi';
import { isApiFailure } from '../api/ApiFailure';
import { setSharedComputer, wipeLocalCopies } from './localCopies';

/**
 * Who is signed in, for the whole app. The session itself is an HttpOnly cookie the page
 * cannot read, so "who am I" is asked of the server once and kept here.
 */
export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'signed-out'; readonly needsFirstAccount: boolean }
  | { readonly status: 'signed-in'; readonly user: UserView }
  | { readonly status: 'unreachable'; readonly message: string };

let state: SessionState = { status: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function getSessionState(): SessionState {
  return state;
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function readSignedOutState(): Promise<SessionState> {
  try {
    const setup = await getSetup();
    return { status: 'signed-out', needsFirstAccount: setup.needsFirstAccount };
  } catch {
    return { status: 'signed-out', needsFirstAccount: false };
  }
}

/** Asks the server who the cookie belongs to. Safe to call again (e.g. after "Try again"). */
export async function loadSession(): Promise<void> {
  if (state.status !== 'loading') set({ status: 'loading' });
  try {
    set({ status: 'signed-in', user: await getMe() });
  } catch (error) {
    if (isApiFailure(error) && error.isSignedOut) {
      set(await readSignedOutState());
      return;
    }
    set({ status: 'unreachable', message: isApiFailure(error) ? error.message : 'Bridgeplan could not be reached.' });
  }
}

export function markSignedIn(user: UserView): void {
  set({ status: 'signed-in', user });
}

/**
 * The server told us the session is gone (a 401, or the plan's socket closed with "session
 * ended"). Plans kept on this device stay; the next page asks the person to sign in.
 */
export function markSignedOut(): void {
  if (state.status === 'signed-out') return;
  set({ status: 'signed-out', needsFirstAccount: false });
}

/**
 * Ends the session on the server, then wipes every copy of a child's record this device kept
 * (IndexedDB) and forgets the "shared computer" choice: nothing stays behind. The local
 * copies go even when the server cannot be reached.
 */
export async function signOut(): Promise<void> {
  try {
    await requestSignOut();
  } finally {
    await wipeLocalCopies();
    setSharedComputer(false);
    set({ status: 'signed-out', needsFirstAccount: false });
  }
}
