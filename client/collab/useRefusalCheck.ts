import { useEffect } from 'react';
import { CloseCodes } from '../../shared/closeCodes';
import { isApiFailure } from '../api/ApiFailure';
import { getWorkspace } from '../api/workspaceApi';
import type { CollabSession } from './CollabSession';

/** How often at most we ask the API why the socket will not open. */
const checkIntervalMs = 5_000;
/** What the browser reports for a connection that never became a WebSocket. */
const abnormalClose = 1006;

/**
 * The server refuses a socket before the upgrade (401 signed out, 403 not a member), and the
 * browser hides that status behind an anonymous close. So when opening fails, we ask the API
 * the same question; if it says 401 or 403 we stop retrying and say why, instead of spinning
 * on "Reconnecting…" forever.
 */
export function useRefusalCheck(session: CollabSession, workspaceId: string, onAccessChanged: () => void): void {
  useEffect(() => {
    let checking = false;
    let lastCheck = 0;
    const connection = session.connection;
    const stop = connection.onClose((code) => {
      if (code === CloseCodes.accessChanged.code) {
        onAccessChanged();
        return;
      }
      if (code !== abnormalClose || checking || !navigator.onLine) return;
      if (Date.now() - lastCheck < checkIntervalMs) return;
      checking = true;
      lastCheck = Date.now();
      getWorkspace(workspaceId)
        .catch((error: unknown) => {
          if (!isApiFailure(error) || connection.isStopped) return;
          if (error.status === 401) connection.stopFor(CloseCodes.unauthorized.code);
          else if (error.status === 403) connection.stopFor(CloseCodes.forbidden.code);
        })
        .finally(() => {
          checking = false;
        });
    });
    return stop;
  }, [session, workspaceId, onAccessChanged]);
}
