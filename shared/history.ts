import { englishPathNames, joinNamedParts, namePath, type ItemTitleOf, type PathNames } from './pathNames';
import type { Role } from './roles';

/** A field's words changed, or an item of a list was added, removed or moved. */
export type HistoryKind = 'edit' | 'added' | 'removed' | 'moved';

/**
 * One person's change to one field: what it said before they started and after they paused.
 * For an item added or removed, `before`/`after` hold its first words; for a move, its place
 * in its list (1-based) before and after.
 */
export interface HistoryEntry {
  readonly id: number;
  readonly kind: HistoryKind;
  /** The field, as keys from the plan's root: ['goals', '<goalId>', 'baseline']. */
  readonly path: string[];
  /** Human name of the field when it was changed ("Goal: Reads 90 words… · Baseline"). */
  readonly label: string;
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly before: string;
  readonly after: string;
}

export interface HistoryResponse {
  readonly entries: HistoryEntry[];
  /** When this person last looked at the plan's history (null: never). */
  readonly lastSeenAt: string | null;
}

/**
 * A readable name for a field path. `itemTitle` names an item (a goal by its first words);
 * without it items are only named by their kind. `names` spells it in a reader's language;
 * a step they cannot name is spelt in English, the names the server stores.
 */
export function describePath(path: readonly string[], itemTitle: ItemTitleOf = () => null, names: PathNames = englishPathNames): string {
  const parts = namePath(path, names, itemTitle) ?? namePath(path, englishPathNames, itemTitle) ?? [];
  return joinNamedParts(parts);
}

/** True when `path` lies in or under `prefix` (a goal's id path covers its fields and objectives). */
export function isUnder(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((key, index) => path[index] === key);
}
