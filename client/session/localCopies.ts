/**
 * What this device keeps of children's records, and how it is wiped. Each shared document
 * has its own IndexedDB database named after it (`<workspaceId>/plan`, `.../comments`, ...).
 *
 * - Sign-out wipes every copy.
 * - When access to a workspace ends (removed, consent withdrawn, role without edit rights),
 *   that workspace's copies are wiped and its open documents hear about it at once.
 * - "This is a shared computer" (chosen at sign-in, remembered for this tab's session only)
 *   keeps no copy at all.
 */

/** Where the tab remembers "This is a shared computer" (exported for tests that start a tab so). */
export const sharedComputerKey = 'bridgeplan.sharedComputer';
/** Names of databases ever opened here: a fallback for browsers without indexedDB.databases(). */
const knownNamesKey = 'bridgeplan.localCopies';

export type AccessEnd = 'removed' | 'read-only';

const openCopies = new Map<string, () => Promise<void>>();
const accessListeners = new Set<(workspaceId: string, end: AccessEnd) => void>();
const endedWorkspaces = new Set<string>();
const endedListeners = new Set<() => void>();

export function isSharedComputer(): boolean {
  try {
    return sessionStorage.getItem(sharedComputerKey) === '1';
  } catch {
    return false;
  }
}

export function setSharedComputer(shared: boolean): void {
  try {
    if (shared) sessionStorage.setItem(sharedComputerKey, '1');
    else sessionStorage.removeItem(sharedComputerKey);
  } catch {
    // Storage refused (private mode): nothing is persisted then anyway.
  }
}

function knownNames(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(knownNamesKey) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((name): name is string => typeof name === 'string') : [];
  } catch {
    return [];
  }
}

function rememberName(name: string): void {
  try {
    const names = knownNames();
    if (!names.includes(name)) localStorage.setItem(knownNamesKey, JSON.stringify([...names, name]));
  } catch {
    // Without the list, wiping relies on indexedDB.databases() alone.
  }
}

/**
 * An open document keeps a local copy; `close` stops writing it (called before a wipe, since
 * IndexedDB cannot delete a database while it is open). Returns the "closed normally" undo.
 */
export function trackLocalCopy(name: string, close: () => Promise<void>): () => void {
  rememberName(name);
  openCopies.set(name, close);
  return () => {
    if (openCopies.get(name) === close) openCopies.delete(name);
  };
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    // Another tab still has it open: the deletion completes as soon as that tab lets go.
    request.onblocked = () => resolve();
  });
}

/** Deletes every local copy whose name passes `which` (all of them by default). */
export async function wipeLocalCopies(which: (name: string) => boolean = () => true): Promise<void> {
  const closing = [...openCopies.entries()].filter(([name]) => which(name));
  for (const [name] of closing) openCopies.delete(name);
  await Promise.all(closing.map(([, close]) => close().catch(() => undefined)));
  const names = new Set(knownNames());
  try {
    for (const database of await indexedDB.databases()) if (database.name) names.add(database.name);
  } catch {
    // Older browsers: the remembered names must do.
  }
  const doomed = [...names].filter(which);
  await Promise.all(doomed.map(deleteDatabase));
  try {
    const left = knownNames().filter((name) => !which(name));
    if (left.length > 0) localStorage.setItem(knownNamesKey, JSON.stringify(left));
    else localStorage.removeItem(knownNamesKey);
  } catch {
    // Nothing to tidy without storage.
  }
}

const inWorkspace = (workspaceId: string) => (name: string) => name.startsWith(`${workspaceId}/`);

/**
 * Access to a workspace ended or shrank. Open documents hear first (so they can turn
 * read-only and offer to copy out unsent text, which they take from memory), then every
 * copy of that workspace is wiped. Removal also marks the workspace as ended for this page.
 */
export async function endWorkspaceAccess(workspaceId: string, end: AccessEnd): Promise<void> {
  if (end === 'removed' && !endedWorkspaces.has(workspaceId)) {
    endedWorkspaces.add(workspaceId);
    for (const listener of endedListeners) listener();
  }
  for (const listener of accessListeners) listener(workspaceId, end);
  await wipeLocalCopies(inWorkspace(workspaceId));
}

export function onWorkspaceAccessEnd(listener: (workspaceId: string, end: AccessEnd) => void): () => void {
  accessListeners.add(listener);
  return () => accessListeners.delete(listener);
}

export function isWorkspaceAccessEnded(workspaceId: string): boolean {
  return endedWorkspaces.has(workspaceId);
}

export function subscribeToEndedWorkspaces(listener: () => void): () => void {
  endedListeners.add(listener);
  return () => endedListeners.delete(listener);
}
