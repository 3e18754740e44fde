import { useCallback, useSyncExternalStore } from 'react';

/**
 * Whether the screen matches a CSS media query, following it as the window is resized or
 * turned. For what CSS alone cannot move: one control that belongs in a different part of the
 * page on a narrow screen, where rendering it twice would give it two states.
 */
export function useMediaQuery(query: string): boolean {
  // Stable per query: a new function each render would make React listen anew each render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}
