import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { resolveInEditor, syncBindingOf } from './textAnchors';
import './commentHighlights.css';

export { isTextAnchorAttached, selectionToAnchor } from './textAnchors';

export interface HighlightAnchor {
  readonly threadId: string;
  /** Y.RelativePosition JSON, as stored in the thread's anchor. */
  readonly start: unknown;
  readonly end: unknown;
  /** The thread open in the comments panel. */
  readonly active: boolean;
}

export interface CommentHighlightsOptions {
  fragment: Y.XmlFragment;
  /** Read on every recompute: keep it reading from a ref so it sees the latest threads. */
  getAnchors: () => readonly HighlightAnchor[];
  onClickThread: (threadId: string) => void;
}

interface HighlightState {
  readonly decorations: DecorationSet;
  /** Mapped through a local edit rather than resolved: recompute once Yjs has caught up. */
  readonly stale: boolean;
}

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');
const refreshMeta = 'refresh';
/** A burst of typing is mapped; the anchors are resolved again once it pauses. */
const settleDelayMs = 150;

function buildDecorations(state: EditorState, options: CommentHighlightsOptions): DecorationSet {
  const binding = syncBindingOf(state);
  if (!binding || binding.type !== options.fragment || binding.mapping.size === 0) return DecorationSet.empty;
  const size = state.doc.content.size;
  const decorations: Decoration[] = [];
  for (const anchor of options.getAnchors()) {
    const from = resolveInEditor(binding, options.fragment, anchor.start);
    const to = resolveInEditor(binding, options.fragment, anchor.end);
    if (from === null || to === null) continue;
    const start = Math.max(0, Math.min(from, size));
    const end = Math.max(0, Math.min(to, size));
    if (start >= end) continue;
    decorations.push(
      Decoration.inline(
        start,
        end,
        { class: anchor.active ? 'comment-highlight comment-highlight--active' : 'comment-highlight', 'data-thread-id': anchor.threadId },
        // Active last in the set so its span wraps inside others and its style wins.
        { threadId: anchor.threadId, inclusiveStart: false, inclusiveEnd: false },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

/**
 * A local edit reaches Yjs only after the editor's state is applied (the sync plugin writes it
 * in its view update), so resolving positions inside that transaction would read the old text.
 * Remote changes, selections and refreshes find Yjs and the editor in step.
 */
function isLocalEdit(tr: Transaction): boolean {
  const sync: unknown = tr.getMeta(ySyncPluginKey);
  const fromYjs = typeof sync === 'object' && sync !== null && 'isChangeOrigin' in sync && sync.isChangeOrigin === true;
  return tr.docChanged && !fromYjs;
}

/**
 * Marks the text each open thread is about. Decorations only: the highlights are never part of
 * the shared document, so they cannot be frozen into a version or exported.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return {
      fragment: undefined as unknown as Y.XmlFragment,
      getAnchors: () => [],
      onClickThread: () => undefined,
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => ({ decorations: buildDecorations(state, options), stale: false }),
          apply: (tr, previous, _oldState, newState) => {
            if (isLocalEdit(tr) && tr.getMeta(commentHighlightsKey) !== refreshMeta) {
              return { decorations: previous.decorations.map(tr.mapping, tr.doc), stale: true };
            }
            return { decorations: buildDecorations(newState, options), stale: false };
          },
        },
        view: (view) => {
          let timer: number | undefined;
          return {
            update: () => {
              const current = commentHighlightsKey.getState(view.state);
              if (!current?.stale) return;
              window.clearTimeout(timer);
              timer = window.setTimeout(() => {
                if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(commentHighlightsKey, refreshMeta));
              }, settleDelayMs);
            },
            destroy: () => window.clearTimeout(timer),
          };
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations ?? DecorationSet.empty,
          handleClick: (_view, _pos, event) => {
            const target = event.target instanceof Element ? event.target.closest('[data-thread-id]') : null;
            const threadId = target?.getAttribute('data-thread-id');
            if (threadId) options.onClickThread(threadId);
            // Let the click also place the caret: editing the highlighted words stays normal.
            return false;
          },
        },
      }),
    ];
  },
});

/** Redraws the highlights, e.g. after a thread was added, resolved or made active. */
export function refreshCommentHighlights(editor: Editor | null): void {
  if (!editor || editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, refreshMeta));
}
