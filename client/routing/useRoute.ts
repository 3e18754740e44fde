import { useMemo, useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigation';
import { parseRoute, type Route } from './route';

function readPathname(): string {
  return window.location.pathname;
}

export function useRoute(): Route {
  const pathname = useSyncExternalStore(subscribeToLocation, readPathname);
  return useMemo(() => parseRoute(pathname), [pathname]);
}
