/**
 * Remembers which (session or token, document) pairs were already recorded as "document
 * opened", so a person with several tabs, or a client reconnecting after a network drop, adds
 * one audit row per document per session rather than one per socket. In memory and bounded:
 * after a restart, or once the oldest entries are forgotten, the next open is recorded again.
 */
export class OpenedOnce {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 50_000) {}

  /** True the first time a key is seen (while remembered). */
  first(key: string): boolean {
    if (this.seen.has(key)) return false;
    if (this.seen.size >= this.capacity) {
      const oldest = this.seen.values().next();
      if (!oldest.done) this.seen.delete(oldest.value);
    }
    this.seen.add(key);
    return true;
  }
}
