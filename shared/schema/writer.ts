import * as Y from 'yjs';

/**
 * Every schema write runs in one `doc.transact(fn, origin)`. The origin is what lets a
 * person's UndoManager undo only their own changes (see undo.ts), and one transaction per
 * action means peers never observe half an action (a goal without its fields).
 */
export class Writer {
  constructor(
    readonly doc: Y.Doc,
    readonly origin: unknown,
  ) {}

  run<T>(fn: () => T): T {
    return this.doc.transact(() => fn(), this.origin);
  }
}

/**
 * Origin of schema housekeeping writes (recording the schema version). No UndoManager tracks
 * it, so a person's undo never reverts it.
 */
export const schemaInitOrigin: unique symbol = Symbol('bridgeplan.schemaInit');

/** Options shared by planDoc() and meetingDoc(). */
export interface SchemaOptions {
  /**
   * Transaction origin for this instance's writes. Pass the same value to createUndoManager.
   * Defaults to a fresh object per instance, so two views over one doc do not share history.
   */
  readonly origin?: unknown;
}

export function writerFor(doc: Y.Doc, options: SchemaOptions | undefined): Writer {
  return new Writer(doc, options?.origin ?? { schemaWriter: true });
}

/**
 * Replaces a Y.Text's content by its smallest edit (common prefix and suffix kept), so a form
 * field saved over a colleague's live typing disturbs only the changed span, and comment
 * anchors in the unchanged parts stay where they were.
 */
export function replaceText(text: Y.Text, next: string): void {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  const shortest = Math.min(current.length, next.length);
  while (start < shortest && current[start] === next[start]) start += 1;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent -= 1;
    endNext -= 1;
  }
  if (endCurrent > start) text.delete(start, endCurrent - start);
  if (endNext > start) text.insert(start, next.slice(start, endNext));
}

/**
 * The Y.Text stored at `key`, created when missing. Items written by this schema always carry
 * their texts from the start (created in the same transaction as the item); creating one later
 * happens only for documents older than that field, where two peers creating it at once keep
 * one of the two (Y.Map last-writer-wins). An older plain-string value is carried over.
 */
export function ensureText(map: Y.Map<unknown>, key: string): Y.Text {
  const value = map.get(key);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value : '');
  map.set(key, text);
  return text;
}

export function ensureFragment(map: Y.Map<unknown>, key: string): Y.XmlFragment {
  const value = map.get(key);
  if (value instanceof Y.XmlFragment) return value;
  const fragment = new Y.XmlFragment();
  map.set(key, fragment);
  return fragment;
}
