import { useEffect, useRef, type RefObject } from 'react';
import { sticksInPlace } from './sticksInPlace';

/** Room left between the bars and the field that takes the focus, so its label shows too. */
const breathingRoom = 48;

/**
 * Keeps the field that takes the keyboard's focus out from under the bars that stick above
 * the plan (WCAG 2.4.11). The browser scrolls a focused field into the window, but the window
 * includes the strip those bars cover: Shift+Tab up through a section, or a click on a field
 * half under the bar, left the field being typed in hidden. Only a focus that lands under the
 * bars scrolls; anything else is where the person put it.
 */
export function useFocusClearOfBars(root: RefObject<HTMLElement | null>, coveredTop: number): void {
  const covered = useRef(coveredTop);
  covered.current = coveredTop;
  useEffect(() => {
    const rootElement = root.current;
    if (!rootElement) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof HTMLElement) || sticksInPlace(target)) return;
      const { top } = target.getBoundingClientRect();
      const hiddenBy = covered.current - top;
      if (hiddenBy > 0) window.scrollBy({ top: -(hiddenBy + breathingRoom), behavior: 'instant' });
    };
    rootElement.addEventListener('focusin', onFocusIn);
    return () => rootElement.removeEventListener('focusin', onFocusIn);
  }, [root]);
}
