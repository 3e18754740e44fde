import { connectClient, type CollabClient } from '../helpers/collabClient';
import { DeliveryRecorder } from './deliveryRecorder';
import type { RoomPlan } from './loadProtocol';
import { openRawReader, type RawReader } from './rawReader';
import { waitUntil } from './stats';

/** One room's connections: the first `writers` of them also type. */
export interface LoadRoom {
  readonly clients: CollabClient[];
  readonly rawReaders: RawReader[];
  readonly writers: Writer[];
}

export interface LoadClientStats {
  /** Times any provider lost its connection during the run; each one may delay or drop edits. */
  disconnects: number;
}

/**
 * Types a short token at the end of the text at a fixed rate. On a busy machine a timer fires
 * late and an interval timer skips what it missed, so the rate typed fell short of the rate
 * asked (1,169 of 1,600 edits/s in the 4,000-socket run): each tick types every edit due by
 * now, one transaction each, as a typist's queued keystrokes would arrive.
 */
export class Writer {
  private timer: NodeJS.Timeout | null = null;
  private seq = 0;
  /** Edits due by the last tick, typed or given up after a long stall. */
  private typed = 0;
  private startedAt = 0;
  private interval = 0;

  constructor(
    private readonly client: CollabClient,
    private readonly id: number,
    private readonly recorder: DeliveryRecorder,
  ) {}

  start(updatesPerSecond: number): void {
    this.interval = 1000 / updatesPerSecond;
    // A random phase keeps 40 writers from firing in the same tick and measuring bursts.
    const first = setTimeout(() => {
      this.startedAt = performance.now();
      this.timer = setInterval(() => this.typeDue(), this.interval);
      this.typeDue();
    }, Math.random() * this.interval);
    this.timer = first;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private typeDue(): void {
    const due = Math.floor((performance.now() - this.startedAt) / this.interval) + 1;
    // At most a second's worth at once: a generator stalled longer than that is reported by
    // its loop delay, not hidden behind a flood.
    const behind = Math.min(due - this.typed, Math.ceil(1000 / this.interval));
    for (let i = 0; i < behind; i += 1) this.type();
    this.typed = due;
  }

  private type(): void {
    const token = DeliveryRecorder.token(this.id, this.seq++);
    const text = this.client.text;
    this.recorder.recordSend(token, this.id, performance.now());
    text.insert(text.length, token);
  }
}

/**
 * Opens one room's connections with stock WebsocketProvider clients, waits until every one
 * has synced, and makes each of them report the remote edits it receives.
 */
export async function openLoadRoom(wsUrl: string, plan: RoomPlan, recorder: DeliveryRecorder, stats: LoadClientStats): Promise<LoadRoom> {
  const clients: CollabClient[] = [];
  const rawReaders: RawReader[] = [];
  for (let i = 0; i < plan.size; i += 1) {
    if (plan.rawReaders && i >= plan.writers) {
      rawReaders.push(openRawReader(wsUrl, plan.name, plan.params, { recorder, onClose: () => (stats.disconnects += 1) }));
      continue;
    }
    const client = connectClient(wsUrl, plan.name, { params: plan.params });
    // The token is read from the raw update the provider has just applied: tokens are ASCII
    // and Yjs stores inserted strings verbatim. A Y.Text observer would compute the event's
    // delta, which walks the whole text on every edit and made the generator the bottleneck.
    client.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== client.provider) return;
      const at = performance.now();
      recorder.recordInserted(Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1'), at);
    });
    client.provider.on('connection-close', () => {
      stats.disconnects += 1;
    });
    clients.push(client);
  }
  const synced = await waitUntil(() => clients.every((c) => c.provider.synced) && rawReaders.every((r) => r.synced), 60_000, 50);
  if (!synced) throw new Error(`room ${plan.name}: not every client synced within 60 s`);
  const writers = clients
    .slice(0, plan.writers)
    .map((client, index) => new Writer(client, plan.firstWriterId + index, recorder));
  return { clients, rawReaders, writers };
}
