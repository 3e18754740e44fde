/**
 * Gives memory back after many documents have come and gone. A room's Y.Doc lives long
 * enough to reach V8's old generation, and once thousands have unloaded their space stays
 * committed until a full collection that an otherwise quiet server may not run for a long
 * time: RSS then stays at its peak. So after enough unloads, some seconds later and at most
 * once a minute, the registry asks for a full collection (a pause of tens of milliseconds).
 * Only when the process runs with `--expose-gc`, as `npm start` does; otherwise nothing.
 */
export class IdleCollector {
  private unloads = 0;
  private timer: NodeJS.Timeout | null = null;
  private lastCollectedAt = 0;

  constructor(
    private readonly collect: (() => void) | undefined = globalThis.gc ? () => globalThis.gc?.() : undefined,
    private readonly minUnloads = 50,
    private readonly delayMs = 5_000,
    private readonly minIntervalMs = 60_000,
  ) {}

  roomUnloaded(): void {
    if (!this.collect) return;
    this.unloads += 1;
    if (this.timer || this.unloads < this.minUnloads) return;
    const due = Math.max(this.delayMs, this.lastCollectedAt + this.minIntervalMs - Date.now());
    this.timer = setTimeout(this.run, due);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly run = (): void => {
    this.timer = null;
    this.unloads = 0;
    this.lastCollectedAt = Date.now();
    try {
      this.collect?.();
    } catch {
      // Collecting is an optimisation; nothing depends on it having run.
    }
  };
}
