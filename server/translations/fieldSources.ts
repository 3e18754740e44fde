import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { describePath } from '../../shared/history';
import { typeAtPath, visitFields, type DocPath as FieldPath } from '../../shared/schema/docPaths';
import { itemTitle } from '../../shared/schema/itemTitle';
import { aliveNow, fieldText, valueText } from '../../shared/schema/fieldText';

/**
 * What a translation translates: a plan field's words as the team has agreed them (proposed
 * insertions left out, proposed deletions kept, as history reads them), so a suggestion nobody
 * accepted yet never makes a translation look out of date.
 */

export const sourceHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The field's words now, or null when the plan has no such field. Never creates anything. */
export function sourceTextAt(doc: Y.Doc, path: FieldPath): string | null {
  const type = typeAtPath(doc, path);
  if (type instanceof Y.Text || type instanceof Y.XmlFragment) return fieldText(type, aliveNow);
  if (type) return null;
  // A plain value under a map (an older document's string field).
  const parent = typeAtPath(doc, path.slice(0, -1));
  if (!(parent instanceof Y.Map)) return null;
  const value = (parent as Y.Map<unknown>).get(path[path.length - 1] ?? '');
  return typeof value === 'string' ? valueText(value) : null;
}

export interface FieldSource {
  readonly path: string[];
  readonly label: string;
  /** The first words of the item the field belongs to (a goal, a support), or null. */
  readonly itemTitle: string | null;
  readonly text: string;
}

/** An item's first words (a goal's description, a support's name); a goal's area id is no words. */
function wordsOf(doc: Y.Doc, itemPath: string[]): string | null {
  const title = itemTitle(doc, itemPath);
  return title && title.key !== 'area' ? title.text : null;
}

// A service line is plain strings (last writer wins), not typed text: its words are listed by key.
const serviceLineKeys = ['provider', 'frequency', 'duration', 'location'] as const;

/** Every field of the plan that holds words now, typed text in document order then service lines. */
export function fieldSources(doc: Y.Doc): FieldSource[] {
  const fields: FieldSource[] = [];
  const add = (path: string[], text: string) => {
    const item = path.length >= 3 ? wordsOf(doc, path.slice(0, 2)) : null;
    fields.push({ path, label: describePath(path, (itemPath) => wordsOf(doc, itemPath)), itemTitle: item, text });
  };
  visitFields(doc, (path, field) => {
    if (path[0] === 'meta' || path[0] === 'goalLinks') return;
    const text = fieldText(field, aliveNow);
    if (text.trim() !== '') add(path, text);
  });
  const services = typeAtPath(doc, ['services']);
  if (services instanceof Y.Map) {
    for (const [id, item] of (services as Y.Map<unknown>).entries()) {
      if (!(item instanceof Y.Map)) continue;
      for (const key of serviceLineKeys) {
        const text = valueText((item as Y.Map<unknown>).get(key));
        if (text.trim() !== '') add(['services', id, key], text);
      }
    }
  }
  return fields;
}

/** The words now of every field the given translations translate, by path key. */
export function currentSources(doc: Y.Doc, translations: { readonly entries: readonly { readonly path: readonly string[] }[] }): Record<string, string> {
  const sources: Record<string, string> = {};
  for (const { path } of translations.entries) sources[path.join('/')] ??= sourceTextAt(doc, path) ?? '';
  return sources;
}
