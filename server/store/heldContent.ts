import { createHash } from 'node:crypto';
import type { SeqRange } from './DocumentStore';

/** `ranges` with `added` put in, kept sorted and merged (touching ranges become one). */
export function withRange(ranges: readonly SeqRange[], added: SeqRange): SeqRange[] {
  const sorted = [...ranges, added].sort((a, b) => a.first - b.first);
  const merged: SeqRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.first <= last.last + 1) merged[merged.length - 1] = { first: last.first, last: Math.max(last.last, range.last) };
    else merged.push(range);
  }
  return merged;
}

/** `ranges` without the numbers up to `through`. */
export function rangesAfter(ranges: readonly SeqRange[], through: number): SeqRange[] {
  return ranges.filter((range) => range.last > through).map((range) => ({ first: Math.max(range.first, through + 1), last: range.last }));
}

/** The numbers after `after` through `through` that none of `held` names, as ranges. */
export function rangesNotHeld(held: readonly SeqRange[], after: number, through: number): SeqRange[] {
  const gaps: SeqRange[] = [];
  let next = after + 1;
  for (const range of [...held].sort((a, b) => a.first - b.first)) {
    if (next > through) break;
    if (range.last < next) continue;
    if (range.first > next) gaps.push({ first: next, last: Math.min(range.first - 1, through) });
    next = Math.max(next, range.last + 1);
  }
  if (next <= through) gaps.push({ first: next, last: through });
  return gaps;
}

/** How a snapshot is named in `HeldContent.snapshotDigests`. */
export const snapshotDigest = (snapshot: Uint8Array): string => createHash('sha256').update(snapshot).digest('base64');
