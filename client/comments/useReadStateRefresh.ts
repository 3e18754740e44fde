import { useEffect } from 'react';
import { onReadStateChanged } from './readStateSignal';

/**
 * Refetches read state when a thread is read in this page, and when the tab comes back into
 * view: a parent may leave the tab open all week.
 */
export function useReadStateRefresh(workspaceId: string, refresh: () => Promise<void>): void {
  useEffect(() => {
    const stop = onReadStateChanged(workspaceId, () => void refresh());
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stop();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [workspaceId, refresh]);
}
