import { useEffect, useState } from 'react';
import { isSectionId, type SectionId } from '../../../shared/schema';

/**
 * The section at the top of the screen, for "you are here" in the outline. `coveredTop` is how
 * much of the screen's top the sticky bars hide (useStickyTop): a section behind them is not
 * what the reader sees, so the band watched starts below them.
 */
export function useVisibleSection(root: HTMLElement | null, coveredTop: number): SectionId | null {
  const [visible, setVisible] = useState<SectionId | null>(null);
  useEffect(() => {
    if (!root) return;
    const showing = new Map<Element, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) showing.set(entry.target, entry.isIntersecting);
        // The first section, in page order, that crosses the band below the sticky bars.
        const sections = root.querySelectorAll<HTMLElement>('[data-section]');
        for (const section of sections) {
          const id = section.dataset.section;
          if (showing.get(section) && isSectionId(id)) {
            setVisible(id);
            return;
          }
        }
      },
      { rootMargin: bandBelow(coveredTop, window.innerHeight) },
    );
    for (const section of root.querySelectorAll('[data-section]')) observer.observe(section);
    return () => observer.disconnect();
  }, [root, coveredTop]);
  return visible;
}

/**
 * The band watched: from under the sticky bars to 45 % of the screen's height, and at least a
 * fifth of the screen tall, so tall bars on a short screen still leave a band to cross.
 */
function bandBelow(coveredTop: number, screenHeight: number): string {
  const top = Math.max(0, Math.round(coveredTop));
  const bottom = Math.max(0, Math.min(Math.round(screenHeight * 0.55), Math.round(screenHeight * 0.8) - top));
  return `-${top}px 0px -${bottom}px 0px`;
}
