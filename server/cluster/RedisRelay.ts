import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { CloseCodes, closeCodeName, type CloseCode } from '../../shared/closeCodes';
import { matchesFilter, type ConnectionFilter, type ConnectionTracker } from '../collab/ConnectionTracker';
import type { Room } from '../collab/Room';
import type { RoomRegistry } from '../collab/RoomRegistry';
import { errorFields, type Logger } from '../logger';
import type { RelayMetrics } from '../metrics/ServerMetrics';
import { DocumentRelay, type RelayBus } from './DocumentRelay';
import { decodeEnvelope, encodeEnvelope, type RelayKind } from './relayEnvelope';

export interface RedisRelayOptions {
  readonly url: string;
  /** Channel names start with it, so several deployments can share one Redis. */
  readonly prefix: string;
  readonly registry: RoomRegistry;
  readonly connections: ConnectionTracker;
  readonly logger: Logger;
  readonly metrics?: RelayMetrics;
  /**
   * True when every instance stores documents in the same PostgreSQL: relayed updates are
   * stored there already (they are published only once durable), so they are not appended again.
   */
  readonly sharedStore: boolean;
}

interface CloseRequest {
  readonly from: string;
  readonly filter: ConnectionFilter;
  readonly code: string;
}

const maxUnsentCloseRequests = 10_000;
const filterKeys = ['userId', 'sessionId', 'tokenId', 'workspaceId'] as const;

function parseCloseRequest(raw: string): CloseRequest | null {
  try {
    const value = JSON.parse(raw) as Partial<CloseRequest>;
    if (typeof value.from !== 'string' || typeof value.code !== 'string' || typeof value.filter !== 'object' || value.filter === null) return null;
    const filter: Record<string, string> = {};
    for (const key of filterKeys) {
      const field = (value.filter as Record<string, unknown>)[key];
      if (typeof field === 'string') filter[key] = field;
    }
    return { from: value.from, code: value.code, filter };
  } catch {
    return null;
  }
}

/**
 * The bus between instances (Redis pub/sub). Each open document has a channel: every instance
 * with the document open relays its room's durable updates and presence there and applies the
 * others'. A control channel carries close requests (sign-out, removal, consent withdrawn, role
 * change), so the right sockets close on every instance.
 *
 * Redis is not a store: a message missed while the connection was down is recovered by a
 * state-vector exchange when it comes back. Meanwhile each instance keeps serving its own
 * sockets, and /healthz says Redis is down.
 */
export class RedisRelay implements RelayBus {
  readonly instanceId = randomUUID();
  readonly sharesStore: boolean;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly relays = new Map<string, DocumentRelay>();
  private readonly controlChannel: string;
  private readonly docPrefix: string;
  private readyOnce = { publisher: false, subscriber: false };
  /** Close requests that could not be published while Redis was down; sent when it is back. */
  private readonly unsentCloseRequests: string[] = [];
  private closed = false;

  constructor(private readonly options: RedisRelayOptions) {
    this.sharesStore = options.sharedStore;
    this.controlChannel = `${options.prefix}:control`;
    this.docPrefix = `${options.prefix}:doc:`;
    const common = { lazyConnect: true, connectionName: `bridgeplan-${this.instanceId.slice(0, 8)}` };
    // A publish while Redis is down fails at once instead of queueing without bound; the
    // state-vector exchange on reconnect brings the other instances what they missed.
    this.publisher = new Redis(options.url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    this.subscriber = new Redis(options.url, { ...common, maxRetriesPerRequest: null });
    for (const [role, client] of [['publisher', this.publisher], ['subscriber', this.subscriber]] as const) {
      client.on('error', (error: Error) => options.logger.warn('redis connection problem', { role, ...errorFields(error) }));
      client.on('ready', () => this.handleReady(role));
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) => this.handleMessage(channel.toString(), message));
    options.registry.onRoomLoaded(this.attach);
    options.connections.forwardCloseRequests(this.publishCloseRequest);
  }

  /** Connects and starts relaying. Resolves even if Redis is down: the relay joins when it comes up. */
  static start(options: RedisRelayOptions): RedisRelay {
    const relay = new RedisRelay(options);
    for (const client of [relay.publisher, relay.subscriber]) {
      client.connect().catch((error: unknown) => options.logger.warn('redis not reachable yet', errorFields(error)));
    }
    return relay;
  }

  get isUp(): boolean {
    return this.publisher.status === 'ready' && this.subscriber.status === 'ready';
  }

  publish(docName: string, kind: RelayKind, to: string | null, payload: Uint8Array): void {
    if (this.closed) return;
    const message = encodeEnvelope({ kind, from: this.instanceId, to, sentAt: Date.now(), payload });
    this.options.metrics?.relayed('out');
    this.publisher.publish(`${this.docPrefix}${docName}`, Buffer.from(message)).catch((error: unknown) => {
      this.options.logger.debug('relay publish failed', { doc: docName, kind, ...errorFields(error) });
    });
  }

  detach(relay: DocumentRelay): void {
    if (this.relays.get(relay.room.name) !== relay) return;
    this.relays.delete(relay.room.name);
    if (this.closed) return;
    this.subscriber.unsubscribe(`${this.docPrefix}${relay.room.name}`).catch((error: unknown) => {
      this.options.logger.debug('relay unsubscribe failed', { doc: relay.room.name, ...errorFields(error) });
    });
  }

  /**
   * Drops both Redis connections as a network failure or a Redis restart would, until
   * `reconnect()`. For drills and tests: the relay then recovers exactly as from an outage.
   */
  dropConnections(): void {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }

  async reconnect(): Promise<void> {
    if (this.closed) return;
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.relays.clear();
    await Promise.all([this.publisher, this.subscriber].map((client) => client.quit().catch(() => client.disconnect())));
  }

  private readonly attach = (room: Room): void => {
    if (this.closed) return;
    const relay = new DocumentRelay(room, this);
    if (!room.join(relay)) return;
    this.relays.set(room.name, relay);
    this.subscribe([room.name]);
  };

  /** Subscribes, then says hello on each document so the others send what this instance lacks. */
  private subscribe(names: readonly string[]): void {
    if (names.length === 0 || this.subscriber.status !== 'ready') return;
    this.subscriber
      .subscribe(...names.map((name) => `${this.docPrefix}${name}`))
      .then(() => {
        for (const name of names) this.relays.get(name)?.hello();
      })
      .catch((error: unknown) => this.options.logger.warn('relay subscribe failed', errorFields(error)));
  }

  private handleReady(role: 'publisher' | 'subscriber'): void {
    const again = this.readyOnce[role];
    this.readyOnce[role] = true;
    if (this.closed) return;
    if (role === 'subscriber') {
      this.subscriber.subscribe(this.controlChannel).catch((error: unknown) => {
        this.options.logger.warn('control channel subscribe failed', errorFields(error));
      });
    }
    if (role === 'publisher') for (const message of this.unsentCloseRequests.splice(0)) this.sendCloseRequest(message);
    if (again) this.options.logger.info('redis connection back; resynchronising open documents', { role, documents: this.relays.size });
    // Both on the subscriber's return (messages to us were lost) and on the publisher's
    // (messages from us were lost): the hello makes both sides exchange what they lack.
    this.subscribe([...this.relays.keys()]);
  }

  private handleMessage(channel: string, message: Buffer): void {
    try {
      if (channel === this.controlChannel) return this.handleCloseRequest(message.toString());
      if (!channel.startsWith(this.docPrefix)) return;
      const relay = this.relays.get(channel.slice(this.docPrefix.length));
      const envelope = decodeEnvelope(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
      if (!relay || !envelope || envelope.from === this.instanceId) return;
      if (envelope.to !== null && envelope.to !== this.instanceId) return;
      this.options.metrics?.relayed('in');
      this.options.metrics?.lag((Date.now() - envelope.sentAt) / 1000);
      relay.receive(envelope);
    } catch (error) {
      this.options.logger.error('relay message failed', { channel, ...errorFields(error) });
    }
  }

  private readonly publishCloseRequest = (filter: ConnectionFilter, code: CloseCode): void => {
    const name = closeCodeName(code.code);
    if (this.closed || !name) return;
    const request: CloseRequest = { from: this.instanceId, filter, code: name };
    this.sendCloseRequest(JSON.stringify(request));
  };

  /** A revocation must not be lost to an outage: kept (up to a bound) and sent once Redis is back. */
  private sendCloseRequest(message: string): void {
    this.publisher.publish(this.controlChannel, message).catch((error: unknown) => {
      this.options.logger.warn('close request not relayed yet', errorFields(error));
      if (this.unsentCloseRequests.length < maxUnsentCloseRequests) this.unsentCloseRequests.push(message);
    });
  }

  private handleCloseRequest(raw: string): void {
    const request = parseCloseRequest(raw);
    if (!request || request.from === this.instanceId) return;
    const code = (CloseCodes as Record<string, CloseCode | undefined>)[request.code];
    if (!code) return;
    const closed = this.options.connections.closeWhere((identity) => matchesFilter(request.filter, identity), code);
    if (closed > 0) this.options.logger.info('closed sockets for another instance', { closed, code: code.code });
  }
}
