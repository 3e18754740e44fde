import { useCallback, useEffect, useState } from 'react';
import type { ThreadAnchor, ThreadView } from '../../shared/schema';

/** The thread a link names (`?thread=<id>`, as mail and the caseload link to it), if any. */
export function threadInAddress(): string | null {
  const id = new URLSearchParams(window.location.search).get('thread');
  return id && /^[A-Za-z0-9_-]{1,128}$/.test(id) ? id : null;
}

/** How long the plan may take to show a thread's words before we settle for its item or section. */
const wordsLimitMs = 8_000;
/** How long words that look deleted get to appear (the plan may still be syncing). */
const detachedGraceMs = 1_500;

/**
 * Opening a thread from elsewhere (a link, the inbox): the panel shows it, and the plan
 * scrolls its words into view once they are on the page (the thread's highlight is drawn
 * as the active one). A thread on a whole item, or whose words were deleted, scrolls to its
 * item or section instead, and the panel says when the words are gone.
 */
export function useRevealThread(
  threads: readonly ThreadView[],
  placeOf: (anchor: ThreadAnchor) => HTMLElement | null,
  isAttached: (anchor: ThreadAnchor) => boolean,
) {
  const [activeThreadId, setActiveThreadId] = useState<string | null>(threadInAddress);
  const [revealing, setRevealing] = useState<string | null>(threadInAddress);
  const thread = revealing ? threads.find((candidate) => candidate.id === revealing) : undefined;

  useEffect(() => {
    if (!revealing || !thread) return;
    const { anchor } = thread;
    const started = performance.now();
    let frame = 0;
    const look = () => {
      const elapsed = performance.now() - started;
      const words = anchor.kind === 'text' ? document.querySelector(`.plan-with-comments__plan [data-thread-id="${CSS.escape(thread.id)}"]`) : null;
      const place = words ? null : placeOf(anchor);
      const settleForPlace = anchor.kind === 'item' || elapsed > wordsLimitMs || (elapsed > detachedGraceMs && !isAttached(anchor));
      const target = words ?? (settleForPlace ? place : null);
      if (target) target.scrollIntoView({ block: words ? 'center' : 'start' });
      if (target || elapsed > wordsLimitMs) {
        setRevealing(null);
        return;
      }
      frame = requestAnimationFrame(look);
    };
    frame = requestAnimationFrame(look);
    return () => cancelAnimationFrame(frame);
  }, [revealing, thread, placeOf, isAttached]);

  /** Opens a thread in the panel and brings what it is about into view. */
  const openAndReveal = useCallback((threadId: string) => {
    setActiveThreadId(threadId);
    setRevealing(threadId);
  }, []);

  return { activeThreadId, setActiveThreadId, openAndReveal };
}
