import type { CloseCode } from '../../shared/closeCodes';
import type { Contributor } from './authorship';

/**
 * One connected client as a room sees it. The room never touches a socket directly, so the
 * same room logic can serve ws sockets, test doubles of the transport, or a bus relay.
 */
export interface Peer {
  /** Short id for logs; never a person's name. */
  readonly id: string;
  /** A read-only peer's document updates are dropped; its presence is still relayed. */
  readonly readOnly: boolean;
  /** The person behind the socket (user id), or null where sockets are not identified. */
  readonly owner: string | null;
  /** Who this socket's contributions must name as their author; null where not identified. */
  readonly contributor: Contributor | null;
  /**
   * A background peer (the relay to other instances) does not keep a room loaded: the room
   * counts as empty once only background peers are left.
   */
  readonly background?: boolean;
  /**
   * This peer's updates are already in the room's store when they arrive (the relay from
   * instances that share one PostgreSQL): the room applies and broadcasts them, and does not
   * append them a second time.
   */
  readonly sendsStoredUpdates?: boolean;
  /**
   * The client joins with an empty document and will ask for all of it: the room sends it at
   * once instead of a round trip later (StateOnJoin.ts).
   */
  readonly freshOnJoin?: boolean;
  send(message: Uint8Array): void;
  close(code: CloseCode): void;
}
