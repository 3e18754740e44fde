import type { FieldRef, ThreadView } from '../../shared/schema';
import type { HighlightAnchor } from './commentHighlights';

function sameField(a: FieldRef, b: FieldRef): boolean {
  return a.doc === b.doc && a.section === b.section && a.itemId === b.itemId && a.field === b.field;
}

/**
 * The highlights one editor should draw: open threads anchored to text in the field it edits.
 * Resolved threads are left out so a settled discussion stops colouring the plan.
 */
export function highlightAnchorsFor(threads: readonly ThreadView[], ref: FieldRef, activeThreadId: string | null): HighlightAnchor[] {
  return threads.flatMap((thread) =>
    thread.anchor.kind === 'text' && !thread.resolved && sameField(thread.anchor.ref, ref)
      ? [{ threadId: thread.id, start: thread.anchor.start, end: thread.anchor.end, active: thread.id === activeThreadId }]
      : [],
  );
}
