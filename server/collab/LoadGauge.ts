import { performance } from 'node:perf_hooks';

/**
 * How busy the process is (event-loop utilisation, smoothed over about a second) and, from
 * that, how long a room may hold a batch before showing it. Idle or moderately busy: zero, so
 * batches close after one turn and nobody waits. Past `calmUtilisation` the window grows to
 * `maxWindowMs`: a room then sends each peer one merged message per window instead of one per
 * update, so the work per update falls just when the server has least time for it.
 *
 * The window costs every update its length in latency, so it opens only near saturation:
 * opened from half busy, a server at 35 to 55 % (1,000 sockets typing 400 edits/s) crossed the
 * threshold from second to second and held batches while far from falling behind.
 */
export class LoadGauge {
  private last = performance.eventLoopUtilization();
  private smoothed = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly maxWindowMs = 50,
    private readonly calmUtilisation = 0.7,
    sampleMs = 250,
  ) {
    this.timer = setInterval(this.sample, sampleMs);
    this.timer.unref();
  }

  /** Utilisation between 0 (idle) and 1 (never idle). */
  get utilisation(): number {
    return this.smoothed;
  }

  batchWindowMs(): number {
    const over = (this.smoothed - this.calmUtilisation) / (1 - this.calmUtilisation);
    return over <= 0 ? 0 : Math.min(1, over) * this.maxWindowMs;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private readonly sample = (): void => {
    const now = performance.eventLoopUtilization();
    const recent = performance.eventLoopUtilization(now, this.last).utilization;
    this.last = now;
    this.smoothed = this.smoothed * 0.5 + recent * 0.5;
  };
}
