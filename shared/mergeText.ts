import { diffWords } from './wordDiff';

/** One change to a text: the characters [start, end) of the original become `insert`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
  /** Whose change it is: the proposal's, or the field's since the proposal began. */
  readonly side: 'proposed' | 'current';
}

function editsBetween(base: string, next: string, side: Edit['side']): Edit[] {
  const edits: Edit[] = [];
  let position = 0;
  let open: { start: number; end: number; insert: string } | null = null;
  const close = () => {
    if (open) edits.push({ ...open, side });
    open = null;
  };
  for (const part of diffWords(base, next)) {
    if (part.kind === 'same') {
      close();
      position += part.text.length;
      continue;
    }
    open ??= { start: position, end: position, insert: '' };
    if (part.kind === 'removed') {
      position += part.text.length;
      open.end = position;
    } else {
      open.insert += part.text;
    }
  }
  close();
  return edits;
}

/** Whether two changes touch the same words of the original (two insertions at one place do not). */
function overlaps(a: { start: number; end: number }, b: Edit): boolean {
  return b.start < a.end && a.start < b.end;
}

/** The original's characters [start, end) with the given changes (all inside them) made. */
function applyWithin(base: string, start: number, end: number, edits: readonly Edit[]): string {
  let out = '';
  let position = start;
  for (const edit of edits) {
    out += base.slice(position, edit.start) + edit.insert;
    position = edit.end;
  }
  return out + base.slice(position, end);
}

/**
 * A proposal for a plain field, made from `base`, applied to the field as it is now: the
 * words the proposal changed are changed, and what colleagues wrote in the field since the
 * proposal began stays. Accepting used to set the field to the proposal's whole text, which
 * silently took back a colleague's words typed elsewhere in the field meanwhile, though the
 * suggestion card showed only the proposal's own change. Where both changed the same words,
 * the proposal's wording wins: that is what the person accepting it chose.
 */
export function applyProposal(base: string, proposed: string, current: string): string {
  if (current === base) return proposed;
  const edits = [...editsBetween(base, current, 'current'), ...editsBetween(base, proposed, 'proposed')].sort(
    // At one place, the field's insertion comes first: it was there when the proposal was read.
    (a, b) => a.start - b.start || a.end - b.end || (a.side === b.side ? 0 : a.side === 'current' ? -1 : 1),
  );
  let out = '';
  let position = 0;
  let index = 0;
  while (index < edits.length) {
    // A group: changes that overlap one another, transitively.
    const group = [edits[index]!];
    const span = { start: edits[index]!.start, end: edits[index]!.end };
    index += 1;
    while (index < edits.length && overlaps(span, edits[index]!)) {
      span.end = Math.max(span.end, edits[index]!.end);
      group.push(edits[index]!);
      index += 1;
    }
    const proposedInGroup = group.filter((edit) => edit.side === 'proposed');
    out += base.slice(position, span.start) + applyWithin(base, span.start, span.end, proposedInGroup.length > 0 ? proposedInGroup : group);
    position = span.end;
  }
  return out + base.slice(position);
}
