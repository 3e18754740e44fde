import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** What the collaboration endpoint reports; the endpoint works without it (tests, tools). */
export interface CollabMetrics {
  messageIn(): void;
  messageOut(): void;
  /** The server closed a socket with this code (a refusal or a revocation). */
  closed(code: number): void;
  /** An upgrade was refused with this HTTP status before any socket existed. */
  refused(status: number): void;
}

/** What the relay between instances reports. */
export interface RelayMetrics {
  relayed(direction: 'in' | 'out'): void;
  /** Seconds between another instance publishing a message and this one applying it. */
  lag(seconds: number): void;
}

export interface MetricSources {
  readonly openRooms: () => number;
  readonly openSockets: () => number;
}

/**
 * One instance's Prometheus metrics, in a registry of its own (two servers in one test
 * process must not share counters). Rates (updates in per second...) are Prometheus'
 * `rate()` over these counters.
 */
export class ServerMetrics implements CollabMetrics, RelayMetrics {
  readonly registry = new Registry();
  /**
   * Socket messages are counted in plain numbers and handed to their counters when scraped:
   * a counter's `inc()` allocates, and a busy room sends tens of thousands of messages a second.
   */
  private pendingIn = 0;
  private pendingOut = 0;
  private readonly closes;
  private readonly refusals;
  private readonly relayMessages;
  private readonly relayLag;
  readonly storeAppend;
  readonly updatesStored;

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry });
    new Gauge({ name: 'bridgeplan_open_rooms', help: 'Documents open in this instance', registers, collect() {
      this.set(sources.openRooms());
    } });
    new Gauge({ name: 'bridgeplan_open_sockets', help: 'Collaboration sockets open on this instance', registers, collect() {
      this.set(sources.openSockets());
    } });
    const collectPending = (take: () => number) =>
      function collect(this: Counter) {
        const count = take();
        if (count > 0) this.inc(count);
      };
    new Counter({ name: 'bridgeplan_socket_messages_in_total', help: 'Messages received from collaboration sockets', registers, collect: collectPending(() => this.takePendingIn()) });
    new Counter({ name: 'bridgeplan_socket_messages_out_total', help: 'Messages sent to collaboration sockets', registers, collect: collectPending(() => this.takePendingOut()) });
    this.closes = new Counter({ name: 'bridgeplan_socket_closes_total', help: 'Sockets the server closed, by close code', labelNames: ['code'], registers });
    this.refusals = new Counter({ name: 'bridgeplan_upgrade_refusals_total', help: 'Socket upgrades refused, by HTTP status', labelNames: ['status'], registers });
    this.updatesStored = new Counter({ name: 'bridgeplan_updates_stored_total', help: 'Document updates appended to the store', registers });
    this.storeAppend = new Histogram({
      name: 'bridgeplan_store_append_seconds',
      help: 'Time for one durable append (one batch) to the document store',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    });
    this.relayMessages = new Counter({ name: 'bridgeplan_relay_messages_total', help: 'Messages relayed between instances', labelNames: ['direction'], registers });
    this.relayLag = new Histogram({
      name: 'bridgeplan_relay_lag_seconds',
      help: 'Time from another instance publishing a change to this instance applying it',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 5],
      registers,
    });
  }

  messageIn(): void {
    this.pendingIn += 1;
  }

  messageOut(): void {
    this.pendingOut += 1;
  }

  private takePendingIn(): number {
    const count = this.pendingIn;
    this.pendingIn = 0;
    return count;
  }

  private takePendingOut(): number {
    const count = this.pendingOut;
    this.pendingOut = 0;
    return count;
  }

  closed(code: number): void {
    this.closes.inc({ code: String(code) });
  }

  refused(status: number): void {
    this.refusals.inc({ status: String(status) });
  }

  relayed(direction: 'in' | 'out'): void {
    this.relayMessages.inc({ direction });
  }

  lag(seconds: number): void {
    // Clocks of two machines may disagree a little; a negative lag says nothing useful.
    this.relayLag.observe(Math.max(0, seconds));
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
