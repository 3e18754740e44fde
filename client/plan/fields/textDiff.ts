/** One contiguous change: delete `remove` characters at `index`, then insert `insert` there. */
export interface TextChange {
  readonly index: number;
  readonly remove: number;
  readonly insert: string;
}

/**
 * The smallest change from `before` to `after`, placed at the caret. Plain prefix/suffix
 * matching is ambiguous when the typed character repeats its neighbour ("aa" → "aaa"); the
 * caret, which sits right after the edit, settles where it happened, so a colleague's caret
 * and comment anchors next to it stay put.
 */
export function changeAtCaret(before: string, after: string, caret: number): TextChange | null {
  if (before === after) return null;
  const maxSuffix = Math.min(before.length, Math.max(0, after.length - caret));
  let suffix = 0;
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  let prefix = 0;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix += 1;
  return { index: prefix, remove: before.length - suffix - prefix, insert: after.slice(prefix, after.length - suffix) };
}

interface DeltaOp {
  readonly insert?: unknown;
  readonly retain?: number;
  readonly delete?: number;
}

/** Where a caret offset ends up after a colleague's change (a Y.Text delta). */
export function mapThroughDelta(position: number, delta: readonly DeltaOp[]): number {
  let index = 0;
  let mapped = position;
  for (const op of delta) {
    if (op.retain !== undefined) {
      index += op.retain;
    } else if (typeof op.insert === 'string') {
      // Text inserted exactly at the caret goes after it: your caret stays where you left it.
      if (index < mapped) mapped += op.insert.length;
      index += op.insert.length;
    } else if (op.delete !== undefined) {
      if (mapped > index) mapped = Math.max(index, mapped - op.delete);
    }
  }
  return mapped;
}
