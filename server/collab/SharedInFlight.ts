/**
 * Lets callers asking the same question at the same moment share one answer. Nothing is kept
 * once the answer is in: the next caller asks afresh, so nothing can go stale.
 */
export class SharedInFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  run(key: string, work: () => Promise<T>): Promise<T> {
    const underway = this.pending.get(key);
    if (underway) return underway;
    const started = work().finally(() => {
      if (this.pending.get(key) === started) this.pending.delete(key);
    });
    this.pending.set(key, started);
    return started;
  }

  /** Callers from now on ask afresh (something the answers depend on has changed). */
  forgetAll(): void {
    this.pending.clear();
  }

  get size(): number {
    return this.pending.size;
  }
}
