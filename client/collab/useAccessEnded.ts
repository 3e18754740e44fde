import { useSyncExternalStore } from 'react';
import type { AccessEnded, CollabSession } from './CollabSession';

/** Whether access to this document's workspace ended while it was open (then it is read-only). */
export function useAccessEnded(session: CollabSession | null): AccessEnded | null {
  return useSyncExternalStore(
    (listener) => session?.subscribeToAccess(listener) ?? (() => undefined),
    () => session?.accessEnded() ?? null,
  );
}
