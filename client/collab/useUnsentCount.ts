import { useSyncExternalStore } from 'react';
import type { CollabSession } from './CollabSession';

export function useUnsentCount(session: CollabSession): number {
  return useSyncExternalStore(session.subscribeToUnsent, session.unsentCount);
}
