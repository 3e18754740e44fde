import * as Y from 'yjs';
import { typeAtPath, type AnyType, type DocPath } from './docPaths';
import { aliveNow, fieldText, valueText } from './fieldText';

/** The keys whose words name an item, the first one with words winning. */
const titleKeys = ['title', 'name', 'description', 'text', 'target', 'area'] as const;

export interface ItemTitle {
  /** Which key the words came from: 'area' holds a vocabulary id ("reading"), not the team's words. */
  readonly key: (typeof titleKeys)[number];
  readonly text: string;
}

/**
 * An item's first words as the team has agreed them (a goal's description, a support's title),
 * cut to 40 characters, to tell items apart in a field's name; null when the plan has no such
 * item or it has no words yet. Never creates anything.
 */
export function itemTitle(doc: Y.Doc, itemPath: DocPath): ItemTitle | null {
  const item = typeAtPath(doc, itemPath);
  if (!(item instanceof Y.Map)) return null;
  for (const key of titleKeys) {
    const value = (item as Y.Map<unknown>).get(key);
    const text = value instanceof Y.AbstractType ? fieldText(value as AnyType, aliveNow) : valueText(value);
    const trimmed = text.trim().replace(/\s+/g, ' ');
    if (trimmed) return { key, text: trimmed.length > 40 ? `${trimmed.slice(0, 39)}…` : trimmed };
  }
  return null;
}

/** True when the plan holds the item at `itemPath` (it was not removed since). */
export function hasItem(doc: Y.Doc, itemPath: DocPath): boolean {
  return typeAtPath(doc, itemPath) instanceof Y.Map;
}
