import type { RedisRelay } from '../cluster/RedisRelay';
import type { OpenedDocumentStore } from '../store/openDocumentStore';

// /healthz must answer fast even when a dependency hangs: a slow check counts as down.
const checkTimeoutMs = 400;

function within(check: Promise<boolean>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    check.then(
      (ok) => {
        clearTimeout(timer);
        resolve(ok);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

/**
 * Which dependencies answer, for /healthz. "degraded" still serves: without Redis each instance
 * serves its own sockets; without the database rooms refuse edits (4500) and clients keep them.
 */
export async function dependencyHealth(
  documents: OpenedDocumentStore,
  relay: RedisRelay | null,
): Promise<Record<string, string>> {
  const db = await within(documents.healthy(), checkTimeoutMs);
  const redis = relay ? relay.isUp : null;
  return {
    status: db && redis !== false ? 'ok' : 'degraded',
    db: db ? 'up' : 'down',
    documents: documents.engine,
    redis: redis === null ? 'not used' : redis ? 'up' : 'down',
    ...(relay ? { instance: relay.instanceId } : {}),
  };
}
