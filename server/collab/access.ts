import type { IncomingMessage } from 'node:http';

/** Who a socket belongs to and what it may do, decided before the WebSocket upgrade. */
export type UpgradeAccess =
  | { readonly ok: true; readonly readOnly: boolean; readonly subject: string }
  | { readonly ok: false; readonly status: 401 | 403 | 404; readonly message: string };

export type AuthorizeUpgrade = (request: IncomingMessage, docName: string) => Promise<UpgradeAccess>;

/** Until accounts exist every visitor may edit every document. */
export const allowEveryone: AuthorizeUpgrade = async () => ({ ok: true, readOnly: false, subject: 'anonymous' });
