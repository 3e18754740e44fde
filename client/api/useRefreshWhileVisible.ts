import { useEffect, useRef } from 'react';

/**
 * Calls `refresh` every `intervalMs` while the tab is visible, and at once when it becomes
 * visible again: for lists other people change (signatures during a meeting) that have no live
 * document of their own. Hidden tabs make no requests.
 */
export function useRefreshWhileVisible(refresh: () => void, intervalMs: number): void {
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;

  useEffect(() => {
    const tick = () => {
      if (document.visibilityState === 'visible') refreshRef.current();
    };
    const timer = window.setInterval(tick, intervalMs);
    document.addEventListener('visibilitychange', tick);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', tick);
    };
  }, [intervalMs]);
}
