import type { RedisRelay } from '../cluster/RedisRelay';
import type { DatabaseHealth } from '../store/DocumentStore';
import type { OpenedDocumentStore } from '../store/openDocumentStore';

// /healthz must answer fast even when a dependency hangs: a slow check counts as down.
const checkTimeoutMs = 400;

function within(check: Promise<DatabaseHealth>, ms: number): Promise<DatabaseHealth> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('down'), ms);
    check.then(
      (ok) => {
        clearTimeout(timer);
        resolve(ok);
      },
      () => {
        clearTimeout(timer);
        resolve('down');
      },
    );
  });
}

/**
 * Which dependencies answer, for /healthz. "degraded" still serves: without Redis each instance
 * serves its own sockets; without the database rooms refuse edits (4500) and clients keep them.
 * "unavailable" cannot serve at all: the documents are sealed with a key this instance does not
 * hold (it was left on the old key after a rotation), so every edit it took would be refused.
 */
export async function dependencyHealth(
  documents: OpenedDocumentStore,
  relay: RedisRelay | null,
): Promise<Record<string, string>> {
  const db = await within(documents.healthy(), checkTimeoutMs);
  const redis = relay ? relay.isUp : null;
  return {
    status: db === 'other_data_key' ? 'unavailable' : db === 'up' && redis !== false ? 'ok' : 'degraded',
    db,
    documents: documents.engine,
    redis: redis === null ? 'not used' : redis ? 'up' : 'down',
    ...(relay ? { instance: relay.instanceId } : {}),
  };
}
