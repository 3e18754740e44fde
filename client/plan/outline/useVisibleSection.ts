import { useEffect, useState } from 'react';
import { isSectionId, type SectionId } from '../../../shared/schema';

/** The section at the top of the screen, for "you are here" in the outline. */
export function useVisibleSection(root: HTMLElement | null): SectionId | null {
  const [visible, setVisible] = useState<SectionId | null>(null);
  useEffect(() => {
    if (!root) return;
    const showing = new Map<Element, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) showing.set(entry.target, entry.isIntersecting);
        // The first section, in page order, that crosses the band below the sticky bar.
        const sections = root.querySelectorAll<HTMLElement>('[data-section]');
        for (const section of sections) {
          const id = section.dataset.section;
          if (showing.get(section) && isSectionId(id)) {
            setVisible(id);
            return;
          }
        }
      },
      { rootMargin: '-120px 0px -55% 0px' },
    );
    for (const section of root.querySelectorAll('[data-section]')) observer.observe(section);
    return () => observer.disconnect();
  }, [root]);
  return visible;
}
