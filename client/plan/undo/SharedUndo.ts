import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { createUndoManager } from '../../../shared/schema';

type Listeners = Map<string, Set<unknown>>;

function copyListeners(manager: Y.UndoManager): Listeners {
  const copy: Listeners = new Map();
  for (const [name, listeners] of manager._observers) copy.set(name, new Set<unknown>(listeners));
  return copy;
}

/** The editor events SharedUndo listens to; Tiptap passes the editor with each. */
interface EditorEvent {
  readonly editor: object;
}

export interface EditorUndoHooks {
  onBeforeCreate: (event: EditorEvent) => void;
  onMount: (event: EditorEvent) => void;
  onUnmount: (event: EditorEvent) => void;
}

/**
 * One person's undo history for a whole document view: structured edits (through the schema
 * origin) and typing in every small rich-text editor (through y-tiptap's origin) undo in the
 * order they were made, and colleagues' changes are never undone.
 *
 * Each editor's undo plugin calls `destroy()` on the manager it was given when that editor
 * unmounts (a goal removed, an area hidden). With one manager shared by many editors that
 * would silently stop the history for everything still on screen, so the manager's own
 * `destroy` is replaced by a no-op and only `dispose()` (the view unmounting) ends it. The
 * listeners each editor's plugin adds to the manager are removed when that editor goes, so
 * editors that come and go during a long meeting do not pile up.
 */
export class SharedUndo {
  readonly manager: Y.UndoManager;
  private readonly endHistory: () => void;

  constructor(doc: Y.Doc, origin: unknown) {
    this.manager = createUndoManager(doc, origin, { alsoTrack: [ySyncPluginKey] });
    // The history's scope is the whole document, and Yjs records every tracked transaction in
    // a document scope, even an empty one. y-tiptap runs an empty transaction each time an
    // editor mounts or re-renders, which would light up "Undo" with nothing to undo. Only
    // transactions that change something count; y-tiptap's "not for history" flag is kept.
    this.manager.captureTransaction = (transaction) =>
      transaction.meta.get('addToHistory') !== false &&
      (transaction.changedParentTypes.size > 0 || transaction.deleteSet.clients.size > 0);
    // y-tiptap ends the current undo step from an editor's view update whenever that editor's
    // last document change did not come from its own typing (the text it loaded with, or a
    // colleague's words) and the update is not one either. The caret plugin updates every
    // editor on each presence change, including this person's own caret moving as they type,
    // so with one history shared by every editor on the page each keystroke closed a step and
    // Ctrl+Z took back a letter or two instead of what was just typed. The steps it wanted to
    // keep apart are the ones marked "not for history", which are never recorded here anyway.
    this.manager.stopCapturing = () => undefined;
    // Bound to the manager by Y.UndoManager's constructor, so it can be kept and called later.
    this.endHistory = this.manager.destroy;
    this.manager.destroy = () => undefined;
  }

  undo(): void {
    this.manager.undo();
  }

  redo(): void {
    this.manager.redo();
  }

  /**
   * Options for every rich-text editor that uses this history. An editor's view (and the undo
   * plugin's view with it) is created synchronously between `beforeCreate` and `mount`, so the
   * listeners that appear on the manager in between belong to that editor; `unmount` (also
   * emitted by destroy) removes them.
   */
  readonly editorHooks: EditorUndoHooks = {
    onBeforeCreate: ({ editor }) => {
      this.before.set(editor, copyListeners(this.manager));
    },
    onMount: ({ editor }) => {
      const before = this.before.get(editor) ?? new Map<string, Set<unknown>>();
      const added: Array<[string, unknown]> = [];
      for (const [name, listeners] of this.manager._observers) {
        const known = before.get(name);
        for (const listener of listeners) if (!known?.has(listener)) added.push([name, listener]);
      }
      this.added.set(editor, added);
    },
    onUnmount: ({ editor }) => {
      for (const [name, listener] of this.added.get(editor) ?? []) this.manager._observers.get(name)?.delete(listener);
      this.added.delete(editor);
      // Ready for the editor being mounted again somewhere else.
      this.before.set(editor, copyListeners(this.manager));
    },
  };

  private readonly before = new WeakMap<object, Listeners>();
  private readonly added = new WeakMap<object, Array<[string, unknown]>>();

  dispose(): void {
    this.endHistory();
  }
}
