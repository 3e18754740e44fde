/**
 * True for an element inside a bar or panel that sticks (or is fixed): it stays put when the
 * page scrolls, so it is never under the bars, and holding it in place would hold nothing.
 */
export function sticksInPlace(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const { position } = getComputedStyle(at);
    if (position === 'sticky' || position === 'fixed') return true;
  }
  return false;
}
