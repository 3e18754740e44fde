import * as Y from 'yjs';
import { contentsOf, holdsUpdate } from './snapshotContents';

/**
 * The room's `snapshot` with whatever of `stored` (the stored snapshot and the updates a
 * compaction replaces) it does not provably hold merged in. Usually it holds all of them, and
 * it is returned as it is: proving that decodes each one, which costs a fraction of applying
 * them all to a Y.Doc. A blob that does not decode throws, and the compaction rolls back.
 */
export function foldIntoSnapshot(snapshot: Uint8Array, stored: readonly Uint8Array[]): Uint8Array {
  if (stored.length === 0) return snapshot;
  const held = contentsOf(snapshot);
  const missing = stored.filter((update) => !holdsUpdate(held, update));
  return missing.length === 0 ? snapshot : mergeIntoSnapshot([...missing, snapshot]);
}

/**
 * Everything in the given updates as one snapshot. Parts still waiting for a missing
 * dependency stay in it (Yjs encodes pending structs too), exactly as the room's own snapshot
 * would carry them; a blob that does not decode throws.
 */
function mergeIntoSnapshot(updates: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
