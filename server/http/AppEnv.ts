import type { HttpBindings } from '@hono/node-server';
import type { Identity } from '../accounts/Authenticator';
import type { Services } from '../services';

/** Hono's typing of what each request carries: the Node request and who is asking. */
export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    identity: Identity | null;
    services: Services;
    /** Set first thing for every request (requestContext.ts). */
    requestId: string;
    /** The client's address, through trusted proxies only (TRUST_PROXY). */
    clientAddress: string;
  };
}
