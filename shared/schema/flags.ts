import type * as Y from 'yjs';

/**
 * A set stored as one boolean key per member (`setting.school`, `role.teacher`...) rather
 * than one array value: two people ticking different boxes at once both keep their tick,
 * where a stored array would be last-writer-wins as a whole.
 */
export function readFlags<T extends string>(item: Y.Map<unknown>, prefix: string, all: readonly T[]): T[] {
  return all.filter((member) => item.get(prefix + member) === true);
}

/** Writes only the flags that change, so untouched members stay free for concurrent edits. */
export function writeFlags<T extends string>(
  item: Y.Map<unknown>,
  prefix: string,
  all: readonly T[],
  selected: readonly T[],
): void {
  for (const member of all) {
    const wanted = selected.includes(member);
    if ((item.get(prefix + member) === true) !== wanted) item.set(prefix + member, wanted);
  }
}
