import { useSyncExternalStore } from 'react';
import { currentDisplayName, saveDisplayName, subscribeToDisplayName } from './displayName';

export function useDisplayName(): [name: string | null, save: (name: string) => void] {
  const name = useSyncExternalStore(subscribeToDisplayName, currentDisplayName);
  return [name, saveDisplayName];
}
