import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element, kept current. The chart draws in real pixels at this width (rather
 * than scaling one fixed drawing) so its text stays 16px on a phone and on a wall screen.
 */
// Narrower than this, the chart would have no room to plot; it scales down instead (viewBox).
const minimumWidth = 240;

export function useElementWidth<T extends HTMLElement>(fallback: number): [RefObject<T | null>, number] {
  const ref = useRef<T | null>(null);
  const [width, setWidth] = useState(fallback);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(Math.max(minimumWidth, element.clientWidth || fallback));
    const observer = new ResizeObserver((entries) => {
      const entry = entries[0];
      // A hidden or not-yet-laid-out element reports 0; keep the last real width then.
      if (entry && entry.contentRect.width > 0) setWidth(Math.max(minimumWidth, Math.round(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [fallback]);

  return [ref, width];
}
