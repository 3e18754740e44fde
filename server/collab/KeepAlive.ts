import type { WebSocket } from 'ws';
import { errorFields, type Logger } from '../logger';

/**
 * Pings every socket once per interval and drops one that did not answer the last ping (a
 * laptop closed mid-meeting leaves its socket open on our side until then).
 *
 * The pings are spread over the interval, a slice of the sockets each second, rather than sent
 * to every socket at once: a sweep of 1,000 sockets held the event loop for 15 to 20 ms, and
 * the pongs arriving together held it again, every edit waiting behind them (the slowest
 * deliveries of a 30-second run, 60 to 100 ms, were those sweeps).
 */
export class KeepAlive {
  private readonly slices: Set<WebSocket>[];
  private readonly answered = new WeakMap<WebSocket, boolean>();
  private next = 0;
  private tick = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    intervalMs: number,
    private readonly logger: Logger,
  ) {
    // One slice per second of the interval (at most 30); a short interval is one slice.
    const count = Math.min(30, Math.max(1, Math.floor(intervalMs / 1000)));
    this.slices = Array.from({ length: count }, () => new Set<WebSocket>());
    this.timer = setInterval(this.pingSlice, intervalMs / count);
    this.timer.unref();
  }

  watch(ws: WebSocket): void {
    const slice = this.slices[this.next]!;
    this.next = (this.next + 1) % this.slices.length;
    slice.add(ws);
    this.answered.set(ws, true);
    ws.on('pong', () => this.answered.set(ws, true));
    ws.once('close', () => slice.delete(ws));
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private readonly pingSlice = (): void => {
    const slice = this.slices[this.tick]!;
    this.tick = (this.tick + 1) % this.slices.length;
    for (const ws of slice) {
      try {
        if (this.answered.get(ws) === false) {
          ws.terminate();
          continue;
        }
        this.answered.set(ws, false);
        ws.ping();
      } catch (error) {
        this.logger.warn('keepalive failed', errorFields(error));
      }
    }
  };
}
