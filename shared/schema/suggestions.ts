import * as Y from 'yjs';
import { isRole, type Role } from '../roles';
import { authorValue, readAuthor, type Author } from './author';
import { fieldOf, pathOf, typedRoots, visitFields, visitXmlTexts, type AnyType, type DocPath } from './docPaths';
import { clampText, fieldLimits } from './limits';
import { isRecord } from './read';
import { readShortValue, type ShortValuePlace } from './shortValueSuggestions';

/**
 * Suggestions ("track changes"). In rich text a suggestion is a mark on the words themselves,
 * so it is ordinary Yjs formatting and merges like any other text: `suggestInsert` on words
 * someone proposes to add, `suggestDelete` on words they propose to remove (the words stay
 * until accepted). Mark attributes are flat (Yjs compares formatting values shallowly; a
 * nested object would look changed on every sync) and carry the author and the time.
 *
 * In a plain typed field a suggestion is a record in the plan's `suggestions` map: the
 * proposed replacement text (a Y.Text its author keeps typing into), the text it replaces,
 * and `createdBy` (checked by the server like every other authorship record).
 */
export const suggestionMarks = { insert: 'suggestInsert', delete: 'suggestDelete' } as const;
export const suggestionsRoot = 'suggestions';

export type SuggestionKind = 'insert' | 'delete' | 'replace';

/** The attributes of a suggestion mark. */
export interface SuggestionMarkAttrs {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly color: string;
  readonly at: string;
}

export interface SuggestionView {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly userId: string;
  readonly name: string;
  readonly color: string;
  readonly at: string;
  /** The field: a rich-text fragment's or a plain text's path. */
  readonly path: string[];
  /** Inserted, deleted or proposed text. */
  readonly text: string;
  /** For a rewording: the words it replaces (in a plain field, as they were when proposed). */
  readonly base?: string;
}

const recordKeys = { id: 'id', createdBy: 'createdBy', color: 'color', at: 'at', path: 'path', base: 'base', text: 'text' } as const;

export function isSuggestionMarkName(name: string): 'insert' | 'delete' | null {
  const type = name.split('--')[0];
  if (type === suggestionMarks.insert) return 'insert';
  if (type === suggestionMarks.delete) return 'delete';
  return null;
}

const colorPattern = /^#[0-9a-fA-F]{6}$/;

export function readMarkAttrs(value: unknown): SuggestionMarkAttrs | null {
  if (!isRecord(value)) return null;
  const { id, userId, name, role, color, at } = value;
  if (typeof id !== 'string' || typeof userId !== 'string' || !isRole(role)) return null;
  return {
    id: clampText(id, fieldLimits.shortValue),
    userId: clampText(userId, fieldLimits.shortValue),
    name: typeof name === 'string' ? clampText(name, fieldLimits.shortValue) : '',
    role,
    color: typeof color === 'string' && colorPattern.test(color) ? color : '#4a5752',
    at: typeof at === 'string' ? clampText(at, fieldLimits.shortValue) : '',
  };
}

/** One run of marked words inside one Y.XmlText. */
export interface MarkedRun {
  readonly text: Y.XmlText;
  readonly index: number;
  readonly length: number;
  /** The stored attribute key (a mark name, possibly with a hash suffix). */
  readonly key: string;
  readonly kind: 'insert' | 'delete';
  readonly attrs: SuggestionMarkAttrs;
  readonly insert: string;
}

/** Every suggestion-marked run in a fragment, in document order. */
export function markedRuns(fragment: Y.XmlFragment): MarkedRun[] {
  const runs: MarkedRun[] = [];
  visitXmlTexts(fragment, (text) => {
    let index = 0;
    for (const op of text.toDelta() as unknown[]) {
      if (!isRecord(op)) continue;
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (isRecord(op.attributes)) {
        for (const [key, value] of Object.entries(op.attributes)) {
          const kind = isSuggestionMarkName(key);
          const attrs = kind ? readMarkAttrs(value) : null;
          if (kind && attrs) runs.push({ text, index, length, key, kind, attrs, insert: typeof op.insert === 'string' ? op.insert : '' });
        }
      }
      index += length;
    }
  });
  return runs;
}

function plainRecords(doc: Y.Doc): Y.Map<unknown> | null {
  if (!doc.share.has(suggestionsRoot)) return null;
  return doc.getMap<unknown>(suggestionsRoot);
}

function readPath(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > 8) return null;
  return value.every((key) => typeof key === 'string') ? (value as string[]) : null;
}

function readRecord(id: string, value: unknown): SuggestionView | null {
  if (!(value instanceof Y.Map)) return null;
  const record = value as Y.Map<unknown>;
  const author = readAuthor(record.get(recordKeys.createdBy));
  const path = readPath(record.get(recordKeys.path));
  const text = record.get(recordKeys.text);
  if (record.get(recordKeys.id) !== id || !author || !path || !(text instanceof Y.Text)) return null;
  const color = record.get(recordKeys.color);
  const at = record.get(recordKeys.at);
  const base = record.get(recordKeys.base);
  return {
    id,
    kind: 'replace',
    userId: author.userId,
    name: author.name,
    color: typeof color === 'string' && colorPattern.test(color) ? color : '#4a5752',
    at: typeof at === 'string' ? at : '',
    path,
    text: clampText(text.toString(), fieldLimits.richText),
    base: typeof base === 'string' ? clampText(base, fieldLimits.richText) : '',
  };
}

/** The runs of one rich-text suggestion, gathered before they become one view. */
interface GatheredRuns {
  readonly first: MarkedRun;
  readonly path: string[];
  inserted: string;
  removed: string;
}

function viewOfRuns({ first, path, inserted, removed }: GatheredRuns): SuggestionView {
  const { id, userId, name, color, at } = first.attrs;
  const common = { id, userId, name, color, at, path };
  // Words struck and words typed in their place under one id are one rewording.
  if (inserted && removed) return { ...common, kind: 'replace', text: inserted, base: removed };
  return inserted ? { ...common, kind: 'insert', text: inserted } : { ...common, kind: 'delete', text: removed };
}

/**
 * Every open suggestion in a plan: rich-text marks (one entry per suggestion id, its runs
 * joined; struck and typed words under one id make a rewording) and plain-field records.
 * Oldest first.
 */
export function listSuggestions(doc: Y.Doc): SuggestionView[] {
  const gathered = new Map<string, GatheredRuns>();
  visitFields(doc, (path, field) => {
    if (!(field instanceof Y.XmlFragment)) return;
    for (const run of markedRuns(field)) {
      let entry = gathered.get(run.attrs.id);
      if (!entry) gathered.set(run.attrs.id, (entry = { first: run, path, inserted: '', removed: '' }));
      if (run.kind === 'insert') entry.inserted += run.insert;
      else entry.removed += run.insert;
    }
  });
  const byId = new Map<string, SuggestionView>();
  for (const [id, entry] of gathered) byId.set(id, viewOfRuns(entry));
  const records = plainRecords(doc);
  if (records) {
    for (const [id, value] of records.entries()) {
      const view = readRecord(id, value);
      if (view && !byId.has(id)) byId.set(id, view);
    }
  }
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** The open plain-field suggestions for one field. */
export function plainSuggestionsFor(doc: Y.Doc, path: DocPath): { view: SuggestionView; text: Y.Text }[] {
  const records = plainRecords(doc);
  if (!records) return [];
  const out: { view: SuggestionView; text: Y.Text }[] = [];
  for (const [id, value] of records.entries()) {
    const view = readRecord(id, value);
    if (!view || view.path.join('\u0000') !== path.join('\u0000')) continue;
    out.push({ view, text: (value as Y.Map<unknown>).get(recordKeys.text) as Y.Text });
  }
  return out.sort((a, b) => a.view.at.localeCompare(b.view.at));
}

export interface NewPlainSuggestion {
  readonly id: string;
  readonly author: Author;
  readonly color: string;
  readonly at: string;
  /** What the suggestion replaces: a Y.Text under maps, or a suggestable short value. */
  readonly field: Y.Text | ShortValuePlace;
}

/** Starts a plain-field suggestion whose proposed text begins as the field's current text. */
export function createPlainSuggestion(input: NewPlainSuggestion, origin: unknown): Y.Text | null {
  const { field } = input;
  const doc = field instanceof Y.Text ? field.doc : field.map.doc;
  const mapPath = field instanceof Y.Text ? null : pathOf(field.map);
  const path = field instanceof Y.Text ? pathOf(field) : mapPath && [...mapPath, field.key];
  if (!doc || !path) return null;
  const base = field instanceof Y.Text ? field.toString() : readShortValue(field);
  const text = new Y.Text(base);
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    record.set(recordKeys.id, input.id);
    record.set(recordKeys.createdBy, authorValue(input.author));
    record.set(recordKeys.color, input.color);
    record.set(recordKeys.at, input.at);
    record.set(recordKeys.path, path);
    record.set(recordKeys.base, base);
    record.set(recordKeys.text, text);
    doc.getMap<unknown>(suggestionsRoot).set(input.id, record);
  }, origin);
  return text;
}

/** Removes one's own plain suggestion (a withdrawal or an unchanged proposal). */
export function removePlainSuggestion(doc: Y.Doc, id: string, origin: unknown): void {
  const records = plainRecords(doc);
  if (records?.has(id)) doc.transact(() => records.delete(id), origin);
}

/**
 * A fingerprint of every open suggestion: id → author, kind, field and words. The server
 * compares it before and after a member's change (see server/collab/suggestionGuard.ts).
 */
export function suggestionFingerprint(doc: Y.Doc): Map<string, { userId: string; value: string }> {
  const out = new Map<string, { userId: string; value: string }>();
  for (const view of listSuggestions(doc)) {
    out.set(view.id, { userId: view.userId, value: JSON.stringify([view.kind, view.path, view.text, view.base ?? null, view.name, view.color, view.at]) });
  }
  return out;
}

/** The field of a changed type, as a path, for rich text too (used by history). */
export function fieldPathOf(type: AnyType): string[] | null {
  return pathOf(fieldOf(type));
}

/** True when a document has any root: a cheap precondition for scanning it. */
export function hasRoots(doc: Y.Doc): boolean {
  return typedRoots(doc).length > 0;
}
