import * as Y from 'yjs';

export interface UndoManagerOptions {
  /**
   * More origins to track besides `trackedOrigin`. In the client, pass the Tiptap binding's
   * origin here (see below) so one undo history covers rich text and structured fields.
   */
  readonly alsoTrack?: Iterable<unknown>;
  /** Edits closer together than this (ms) undo as one step. Yjs's default is 500. */
  readonly captureTimeout?: number;
}

/**
 * One person's undo history for a plan or meeting document.
 *
 * Scope is the whole document (every root type, including ones defined later, such as a
 * present-levels area opened for the first time), and only transactions whose origin is
 * tracked are recorded: changes received from colleagues arrive with the provider as origin
 * and are never undone by someone else's Ctrl+Z.
 *
 * Origins to track, in the client:
 * - the schema writer's origin: `planDoc(doc, { origin })` / `plan.origin`; every schema
 *   write runs in `doc.transact(fn, origin)`;
 * - the Tiptap binding's origin: y-tiptap applies editor edits in transactions whose origin
 *   is the `ySyncPluginKey` object exported by `@tiptap/y-tiptap` (one module-level object
 *   shared by every editor on the page). Pass it in `alsoTrack`, and hand this manager to
 *   each editor with `Collaboration.configure({ fragment, yUndoOptions: { undoManager } })`
 *   so the editor's own undo commands use this shared history rather than a per-editor one.
 *   The undo plugin destroys the manager it was given when its editor unmounts (Tiptap's
 *   Collaboration extension restores it for re-mounts); keep that in mind when several small
 *   editors share one manager, or route Ctrl+Z to `undoManager.undo()` directly.
 */
export function createUndoManager(doc: Y.Doc, trackedOrigin: unknown, options?: UndoManagerOptions): Y.UndoManager {
  const trackedOrigins = new Set<unknown>([trackedOrigin, ...(options?.alsoTrack ?? [])]);
  return new Y.UndoManager(doc, {
    trackedOrigins,
    ...(options?.captureTimeout === undefined ? {} : { captureTimeout: options.captureTimeout }),
  });
}
