/**
 * One polite live region for the page: "Dana Ortiz changed Baseline", said once when a
 * colleague pauses, not on every keystroke. Messages with the same key replace each other
 * until that key has been quiet for `quietMs`.
 */
const quietMs = 2_000;
const pending = new Map<string, { message: string; timer: ReturnType<typeof setTimeout> }>();
let region: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (region && region.isConnected) return region;
  region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.dataset.testid = 'remote-edit-announcer';
  document.body.append(region);
  return region;
}

export function announcePolitely(key: string, message: string): void {
  const existing = pending.get(key);
  if (existing) clearTimeout(existing.timer);
  const timer = setTimeout(() => {
    pending.delete(key);
    const target = liveRegion();
    // Replacing the text (not appending) keeps the region short; screen readers read the new line.
    target.textContent = message;
  }, quietMs);
  pending.set(key, { message, timer });
}
