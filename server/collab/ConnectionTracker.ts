import type { CloseCode } from '../../shared/closeCodes';
import { CloseCodes } from '../../shared/closeCodes';
import type { Peer } from './Peer';

/** Who holds an open socket, so access changes can close exactly their sockets at once. */
export interface ConnectionIdentity {
  readonly userId: string;
  readonly sessionId: string | null;
  readonly tokenId: string | null;
  readonly workspaceId: string | null;
  /** When the session behind the socket expires (ms since epoch), if it does. */
  readonly expiresAt: number | null;
}

/** Which sockets to close, in a form that can travel to the other instances. */
export type ConnectionFilter = Partial<Pick<ConnectionIdentity, 'userId' | 'sessionId' | 'tokenId' | 'workspaceId'>>;

/** True when every field the filter names equals the identity's (an empty filter matches nothing). */
export function matchesFilter(filter: ConnectionFilter, identity: ConnectionIdentity): boolean {
  const entries = Object.entries(filter).filter(([, value]) => value !== undefined);
  return entries.length > 0 && entries.every(([key, value]) => identity[key as keyof ConnectionFilter] === value);
}

// setTimeout takes at most 2^31-1 ms; later expiries are re-armed when that fires.
const maxTimerMs = 2_147_483_647;

export class ConnectionTracker {
  private readonly open = new Map<Peer, { identity: ConnectionIdentity; timer: NodeJS.Timeout | null }>();
  /** Set when several instances run: passes each close request on to the others. */
  private forward: ((filter: ConnectionFilter, code: CloseCode) => void) | null = null;
  private readonly accessListeners: (() => void)[] = [];

  /** Tells `listener` whenever someone's access changed (every close request, here or relayed). */
  onAccessChange(listener: () => void): void {
    this.accessListeners.push(listener);
  }

  forwardCloseRequests(forward: (filter: ConnectionFilter, code: CloseCode) => void): void {
    this.forward = forward;
  }

  /**
   * Closes the matching sockets here and on every other instance (sign-out, removal, consent
   * withdrawn, role change). Returns how many were closed here.
   */
  closeMatching(filter: ConnectionFilter, code: CloseCode): number {
    this.forward?.(filter, code);
    return this.closeWhere((identity) => matchesFilter(filter, identity), code);
  }

  /** Tracks a socket until the returned function is called; closes it when its session expires. */
  add(peer: Peer, identity: ConnectionIdentity): () => void {
    const entry = { identity, timer: null as NodeJS.Timeout | null };
    const arm = () => {
      if (identity.expiresAt === null) return;
      const wait = identity.expiresAt - Date.now();
      if (wait <= 0) return peer.close(CloseCodes.sessionExpired);
      entry.timer = setTimeout(arm, Math.min(wait, maxTimerMs));
      entry.timer.unref();
    };
    this.open.set(peer, entry);
    arm();
    return () => {
      if (entry.timer) clearTimeout(entry.timer);
      this.open.delete(peer);
    };
  }

  /** Closes every socket whose identity matches; returns how many. */
  closeWhere(matches: (identity: ConnectionIdentity) => boolean, code: CloseCode): number {
    for (const listener of this.accessListeners) listener();
    let closed = 0;
    for (const [peer, { identity }] of this.open) {
      if (!matches(identity)) continue;
      peer.close(code);
      closed += 1;
    }
    return closed;
  }

  get size(): number {
    return this.open.size;
  }
}
