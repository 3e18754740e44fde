import type { HistoryEntry } from '../../shared/history';
import { englishPathNames, joinNamedParts, namePath, type PathNames } from '../../shared/pathNames';

/** What the live plan says of an item: whether it is still there, and its first words. */
export interface LiveItems {
  has(itemPath: readonly string[]): boolean;
  title(itemPath: readonly string[]): string | null;
}

const itemKey = (itemPath: readonly string[]) => itemPath.join('\u0000');
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The item words a stored label carries, by item: read back by matching the label against its
 * path's English name with each item's words left open, so an item removed since is still
 * named by the words it had ("Goal: Reads a passage aloud."). Null when the label does not
 * read as its path's name (one stored before the names changed).
 */
export function storedTitles(path: readonly string[], label: string): Map<string, string | null> | null {
  const parts = namePath(path, englishPathNames);
  if (!parts) return null;
  const pattern = parts.map((part) => escaped(part.name) + (part.item ? '(?:: (.+?))?' : '')).join(escaped(' · '));
  const match = new RegExp(`^${pattern}$`, 's').exec(label);
  if (!match) return null;
  const titles = new Map<string, string | null>();
  let group = 1;
  for (const part of parts) {
    if (!part.item) continue;
    titles.set(itemKey(part.item.path), match[group] ?? null);
    group += 1;
  }
  return titles;
}

/**
 * A change's field named in the reader's language: "Meta: Lee 90 palabras… · Dónde está el niño
 * ahora". Items keep the team's words, as the plan has them now, or as stored for an item
 * removed since. Falls back to the stored English label when a step has no name in `names`,
 * or when an item is gone and the stored label cannot say what it was called.
 */
export function entryLabel(entry: HistoryEntry, names: PathNames, live: LiveItems): string {
  const stored = storedTitles(entry.path, entry.label);
  let unnamedItem = false;
  const title = (itemPath: string[]) => {
    if (live.has(itemPath)) return live.title(itemPath);
    const words = stored?.get(itemKey(itemPath));
    if (words === undefined) unnamedItem = true;
    return words ?? null;
  };
  const parts = namePath(entry.path, names, title);
  return parts && !unnamedItem ? joinNamedParts(parts) : entry.label;
}
