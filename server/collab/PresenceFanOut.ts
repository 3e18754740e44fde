import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { encodeAwareness, MessageType } from './protocol';

interface Entry {
  readonly clientId: number;
  readonly clock: number;
  /** The state as its JSON text; 'null' when the client left. */
  readonly state: string;
}

/** The entries of an encoded awareness message, or null if it is not one. */
function decodeEntries(message: Uint8Array): Entry[] | null {
  try {
    const decoder = decoding.createDecoder(message);
    if (decoding.readVarUint(decoder) !== MessageType.awareness) return null;
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder));
    const count = decoding.readVarUint(update);
    const entries: Entry[] = [];
    for (let i = 0; i < count; i += 1) {
      entries.push({ clientId: decoding.readVarUint(update), clock: decoding.readVarUint(update), state: decoding.readVarString(update) });
    }
    return entries;
  } catch {
    return null;
  }
}

function encodeEntries(entries: Iterable<Entry>): Uint8Array {
  const encoder = encoding.createEncoder();
  const list = [...entries];
  encoding.writeVarUint(encoder, list.length);
  for (const entry of list) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encodeAwareness(encoding.toUint8Array(encoder));
}

/** Keeps `entry` unless `held` has a newer one for its client: a client's clock only grows. */
function keepLatest(held: Map<number, Entry>, entry: Entry): void {
  const current = held.get(entry.clientId);
  if (!current || current.clock <= entry.clock) held.set(entry.clientId, entry);
}

/**
 * Sends a room's presence to its peers. A change (someone arrives, moves their caret, leaves)
 * goes out at once. A renewal (a client re-announcing an unchanged state, which y-protocols
 * does every 15 s so others know it is still there) is held for up to `renewalDelayMs` and
 * sent together with the room's other renewals as one message: in a room of 50 that is one
 * message per peer every few seconds instead of one per peer for each of the 50 renewals.
 * The delay stays well inside both client timeouts (30 s for a remote presence, 30 s without
 * any message before a reconnect).
 */
export class PresenceFanOut {
  /** What each client's state was when last sent, to tell a renewal from a change. */
  private readonly shown = new Map<number, string>();
  private readonly renewals = new Map<number, Entry>();
  private timer: NodeJS.Timeout | null = null;
  /** Entries gathered in this turn of the event loop (see `gather`), the latest per client. */
  private readonly gathered = new Map<number, Entry>();
  private gatherFlush: NodeJS.Immediate | null = null;
  /** Clients not shown yet, held while arrivals come thick and fast (see `gather`). */
  private readonly arrivals = new Map<number, Entry>();
  private arrivalTimer: NodeJS.Timeout | null = null;
  private lastArrivalsAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly broadcast: (message: Uint8Array) => void,
    /** A timer callback must not throw; failures go here. */
    private readonly onError: (error: unknown) => void,
    private readonly renewalDelayMs = 3000,
    private readonly arrivalSpacingMs = 250,
    private readonly crowd = 20,
  ) {}

  send(message: Uint8Array): void {
    const entries = decodeEntries(message);
    if (!entries) return this.broadcast(message);
    const changes = entries.filter((entry) => entry.state === 'null' || this.shown.get(entry.clientId) !== entry.state);
    for (const entry of entries) {
      if (entry.state === 'null') {
        this.shown.delete(entry.clientId);
        this.renewals.delete(entry.clientId);
      } else if (changes.includes(entry)) {
        this.shown.set(entry.clientId, entry.state);
        this.renewals.delete(entry.clientId);
      } else {
        this.renewals.set(entry.clientId, entry);
      }
    }
    if (changes.length > 0) this.broadcast(changes.length === entries.length ? message : encodeEntries(changes));
    if (this.renewals.size > 0 && !this.timer) {
      this.timer = setTimeout(this.flush, this.renewalDelayMs);
      this.timer.unref();
    }
  }

  /**
   * Like `send`, but presence that arrives in the same turn of the event loop leaves as one
   * message at the end of the turn. When a room of fifty opens at once, each arrival would
   * otherwise go to everyone already there as a message of its own (1,225 messages for the
   * room); gathered, each peer gets one message per turn holding every arrival in it.
   *
   * In a crowded room, arrivals (clients nobody has been shown yet) are also spaced: the
   * first after a quiet spell leaves with its turn, later ones at most every
   * `arrivalSpacingMs`, together. A room of a hundred reconnecting over a few seconds (after a
   * restart, or a network blip) then costs each peer a few messages instead of a hundred,
   * which was most of the server's work while they joined. A meeting's team (fewer than
   * `crowd` people shown) sees each arrival at once, and carets and departures of people
   * already shown are never held.
   */
  gather(message: Uint8Array): void {
    const entries = decodeEntries(message);
    if (!entries) return this.send(message);
    for (const entry of entries) {
      const arriving = entry.state !== 'null' && !this.shown.has(entry.clientId);
      if (!arriving) this.arrivals.delete(entry.clientId);
      keepLatest(arriving ? this.arrivals : this.gathered, entry);
    }
    if (this.gathered.size > 0 || this.arrivalsMayGo(performance.now())) {
      this.gatherFlush ??= setImmediate(this.flushGathered);
    } else if (this.arrivals.size > 0) {
      this.arrivalsLater(performance.now());
    }
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.gatherFlush) clearImmediate(this.gatherFlush);
    this.gatherFlush = null;
    if (this.arrivalTimer) clearTimeout(this.arrivalTimer);
    this.arrivalTimer = null;
    this.gathered.clear();
    this.arrivals.clear();
    this.renewals.clear();
    this.shown.clear();
  }

  /** Sends what was gathered, with the arrivals held so far once they may go. */
  private readonly flushGathered = (): void => {
    this.gatherFlush = null;
    const now = performance.now();
    if (this.arrivals.size > 0 && this.arrivalsMayGo(now)) {
      if (this.arrivalTimer) clearTimeout(this.arrivalTimer);
      this.arrivalTimer = null;
      this.lastArrivalsAt = now;
      for (const entry of this.arrivals.values()) this.gathered.set(entry.clientId, entry);
      this.arrivals.clear();
    } else if (this.arrivals.size > 0) {
      this.arrivalsLater(now);
    }
    this.sendHeld(this.gathered, (message) => this.send(message));
  };

  private arrivalsMayGo(now: number): boolean {
    return this.shown.size < this.crowd || this.lastArrivalsAt + this.arrivalSpacingMs <= now;
  }

  private arrivalsLater(now: number): void {
    if (this.arrivalTimer) return;
    // A timer may fire a little before `performance.now()` says it is due; it then sets another.
    const due = Math.max(1, this.lastArrivalsAt + this.arrivalSpacingMs - now);
    this.arrivalTimer = setTimeout(() => {
      this.arrivalTimer = null;
      this.flushGathered();
    }, due);
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.sendHeld(this.renewals, this.broadcast);
  };

  /** Sends what `held` holds as one message, then forgets it; called from timers, so it never throws. */
  private sendHeld(held: Map<number, Entry>, deliver: (message: Uint8Array) => void): void {
    if (held.size === 0) return;
    try {
      const message = encodeEntries(held.values());
      held.clear();
      deliver(message);
    } catch (error) {
      this.onError(error);
    }
  }
}
