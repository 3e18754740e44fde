import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { FieldRef, ThreadAnchor } from '../../shared/schema';

/**
 * Text anchors: a thread's range is stored as two Yjs relative positions, so it follows its
 * words while others edit around them, and as a quote for when the words are gone.
 */

/** The longest quote kept with a thread; the server limits the whole anchor to 4 KB. */
const maxQuoteLength = 300;

/** What the y-tiptap binding keeps: which Y types render as which ProseMirror nodes. */
type ProsemirrorMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

interface SyncBinding {
  readonly type: Y.XmlFragment;
  readonly doc: Y.Doc;
  readonly mapping: ProsemirrorMapping;
}

function isSyncBinding(value: unknown): value is SyncBinding {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SyncBinding>;
  return candidate.type instanceof Y.XmlFragment && candidate.doc instanceof Y.Doc && candidate.mapping instanceof Map;
}

/** The live binding between the editor and its fragment; null before the editor is bound. */
export function syncBindingOf(state: EditorState): SyncBinding | null {
  const pluginState: unknown = ySyncPluginKey.getState(state);
  if (typeof pluginState !== 'object' || pluginState === null || !('binding' in pluginState)) return null;
  return isSyncBinding(pluginState.binding) ? pluginState.binding : null;
}

function toRelative(json: unknown): Y.RelativePosition | null {
  if (typeof json !== 'object' || json === null) return null;
  try {
    return Y.createRelativePositionFromJSON(json);
  } catch {
    return null;
  }
}

/** ProseMirror position of a stored relative position in this editor, or null if it is gone. */
export function resolveInEditor(binding: SyncBinding, fragment: Y.XmlFragment, json: unknown): number | null {
  const relative = toRelative(json);
  if (!relative) return null;
  try {
    // Yjs throws on positions that point at nothing it knows (damaged or foreign JSON).
    return relativePositionToAbsolutePosition(binding.doc, fragment, relative, binding.mapping);
  } catch {
    return null;
  }
}

function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > maxQuoteLength ? `${flat.slice(0, maxQuoteLength - 1).trimEnd()}…` : flat;
}

/**
 * The current selection as a text anchor, or null when nothing (or only space) is selected or
 * the editor is not bound to this fragment.
 */
export function selectionToAnchor(editor: Editor, fragment: Y.XmlFragment, ref: FieldRef): ThreadAnchor | null {
  const { state } = editor;
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const binding = syncBindingOf(state);
  if (!binding || binding.type !== fragment) return null;
  const quote = quoteOf(state.doc.textBetween(from, to, ' ', ' '));
  if (quote === '') return null;
  const start: unknown = absolutePositionToRelativePosition(from, fragment, binding.mapping);
  const end: unknown = absolutePositionToRelativePosition(to, fragment, binding.mapping);
  if (!(start instanceof Y.RelativePosition) || !(end instanceof Y.RelativePosition)) return null;
  return { kind: 'text', ref, start: Y.relativePositionToJSON(start), end: Y.relativePositionToJSON(end), quote };
}

/** Size of a Y type the way ProseMirror counts it: text by characters, an element with its two tags. */
function sizeOf(type: unknown): number {
  if (type instanceof Y.XmlText) return type.length;
  if (type instanceof Y.XmlElement) return 2 + type.toArray().reduce((sum, child) => sum + sizeOf(child), 0);
  return 0;
}

/** Offset of the start of `type`'s content inside `fragment`; null when it lies outside it. */
function contentStartOf(type: Y.AbstractType<unknown>, fragment: Y.XmlFragment): number | null {
  if (type === fragment) return 0;
  const item = type._item;
  if (!item || item.deleted) return null;
  const parent = item.parent;
  if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return null;
  const parentStart = contentStartOf(parent as Y.AbstractType<unknown>, fragment);
  if (parentStart === null) return null;
  const siblings = parent.toArray();
  const index = siblings.indexOf(type as Y.XmlElement | Y.XmlText);
  if (index === -1) return null;
  const before = siblings.slice(0, index).reduce((sum, sibling) => sum + sizeOf(sibling), 0);
  return parentStart + before + (type instanceof Y.XmlElement ? 1 : 0);
}

/** Where a relative position lands in `fragment`, counted on the Yjs side (no editor needed). */
function offsetInFragment(doc: Y.Doc, fragment: Y.XmlFragment, json: unknown): number | null {
  const relative = toRelative(json);
  if (!relative) return null;
  let absolute: Y.AbsolutePosition | null;
  try {
    absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  } catch {
    return null;
  }
  if (!absolute) return null;
  const start = contentStartOf(absolute.type as Y.AbstractType<unknown>, fragment);
  if (start === null) return null;
  if (absolute.type instanceof Y.XmlText) return start + absolute.index;
  const children = absolute.type instanceof Y.XmlElement || absolute.type instanceof Y.XmlFragment ? absolute.type.toArray() : [];
  return start + children.slice(0, absolute.index).reduce((sum, child) => sum + sizeOf(child), 0);
}

/**
 * False when a text anchor's words are gone: either end no longer resolves inside the
 * fragment (its paragraph was deleted) or the range collapsed (its text was deleted).
 * Item anchors are always attached here; whether the item still exists is the caller's call.
 */
export function isTextAnchorAttached(doc: Y.Doc, fragment: Y.XmlFragment, anchor: ThreadAnchor): boolean {
  if (anchor.kind !== 'text') return true;
  const start = offsetInFragment(doc, fragment, anchor.start);
  const end = offsetInFragment(doc, fragment, anchor.end);
  return start !== null && end !== null && start < end;
}
