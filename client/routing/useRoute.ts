import { useMemo, useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigation';
import { parseRoute, type Route } from '../../shared/routes';

function readLocation(): string {
  // The query is part of the snapshot so that pages reading `?next=` re-render when it changes.
  return `${window.location.pathname}${window.location.search}`;
}

export function useRoute(): Route {
  const location = useSyncExternalStore(subscribeToLocation, readLocation);
  return useMemo(() => parseRoute(location.split('?')[0] ?? '/'), [location]);
}
