import type { IncomingMessage } from 'node:http';
import type { Role } from '../../shared/roles';
import type { ConnectionIdentity } from './ConnectionTracker';

/** Who a socket belongs to and what it may do, decided before the WebSocket upgrade. */
export type UpgradeAccess =
  | {
      readonly ok: true;
      readonly readOnly: boolean;
      readonly identity: ConnectionIdentity | null;
      /** The member's role, which their contributions must record; null where not identified. */
      readonly role: Role | null;
      /** The member's signed-in name, the only one their presence may show. */
      readonly displayName: string | null;
    }
  | { readonly ok: false; readonly status: 401 | 403 | 404; readonly message: string };

export type AuthorizeUpgrade = (request: IncomingMessage, docName: string) => Promise<UpgradeAccess>;

/** For tools and tests that run the bare collaboration engine: every visitor may edit. */
export const allowEveryone: AuthorizeUpgrade = async () => ({ ok: true, readOnly: false, identity: null, role: null, displayName: null });
