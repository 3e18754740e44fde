import { useEffect, useState, type RefObject } from 'react';

/**
 * How far down the screen the sticky bars cover the plan, in pixels: the document header, the
 * plan's own bar under it while that bar sticks (it does not on short screens), and the "now
 * discussing" strip, which always sticks. The bar grows for people who suggest ("You suggest
 * changes…") and the strip when someone points the room at a section, so the figure is
 * measured, and measured again whenever any of them changes.
 */
export function useStickyTop(bar: RefObject<HTMLElement | null>, discussing: RefObject<HTMLElement | null>): number {
  const [covered, setCovered] = useState(0);
  useEffect(() => {
    const barElement = bar.current;
    const discussingElement = discussing.current;
    if (!barElement || !discussingElement) return;
    const measure = () => setCovered(coveredBy(barElement) + Math.ceil(discussingElement.getBoundingClientRect().height));
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(barElement);
    resized.observe(discussingElement);
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

function coveredBy(bar: HTMLElement): number {
  const style = getComputedStyle(bar);
  // The document header publishes its height; it sticks whether or not the bar does.
  const headerHeight = Number.parseFloat(style.getPropertyValue('--doc-header-height')) || 0;
  const barSticks = style.position === 'sticky' || style.position === 'fixed';
  return Math.ceil(barSticks ? headerHeight + bar.getBoundingClientRect().height : headerHeight);
}
