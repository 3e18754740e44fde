import { useEffect, useState, type RefObject } from 'react';

/**
 * How far down the screen the sticky bars cover a document's view, in pixels: the document
 * header, the view's own bar under it while that bar sticks (the plan's does not on short
 * screens; a meeting read without editing has none), and the plan's "now discussing" strip,
 * which always sticks. The bar grows for people who suggest ("You suggest changes…") and the
 * strip when someone points the room at a section, so the figure is measured, and measured
 * again whenever any of them changes.
 */
export function useStickyTop(bar: RefObject<HTMLElement | null> | null, discussing: RefObject<HTMLElement | null> | null = null): number {
  const [covered, setCovered] = useState(0);
  useEffect(() => {
    const barElement = bar?.current ?? null;
    const discussingElement = discussing?.current ?? null;
    const measure = () => setCovered(coveredBy(barElement) + Math.ceil(discussingElement?.getBoundingClientRect().height ?? 0));
    measure();
    const resized = new ResizeObserver(measure);
    if (barElement) resized.observe(barElement);
    if (discussingElement) resized.observe(discussingElement);
    // The document header publishes its height as a CSS variable on <html>, which sets the bar's `top`.
    const restyled = new MutationObserver(measure);
    restyled.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    // Narrow or short screens let the bar scroll away (PlanView.css).
    window.addEventListener('resize', measure);
    return () => {
      resized.disconnect();
      restyled.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [bar, discussing]);
  return covered;
}

function coveredBy(bar: HTMLElement | null): number {
  // The document header publishes its height; it sticks whether or not the bar does.
  const headerHeight = Number.parseFloat(getComputedStyle(document.documentElement).getPropertyValue('--doc-header-height')) || 0;
  // A bar no longer in the page (its editing ended) has no position and covers nothing.
  const barSticks = bar !== null && ['sticky', 'fixed'].includes(getComputedStyle(bar).position);
  return Math.ceil(barSticks ? headerHeight + bar.getBoundingClientRect().height : headerHeight);
}
