import { useSyncExternalStore } from 'react';
import type { ConnectionMonitor } from './ConnectionMonitor';
import type { ConnectionView } from './connectionView';

export function useConnectionView(monitor: ConnectionMonitor): ConnectionView {
  return useSyncExternalStore(monitor.subscribe, monitor.getView);
}
