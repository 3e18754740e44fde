/**
 * WebSocket close codes the collaboration endpoint uses, shared so the client can turn each
 * one into the right message in one place. 4xxx codes mirror the HTTP status they resemble.
 */
export interface CloseCode {
  readonly code: number;
  readonly reason: string;
}

export const CloseCodes = {
  /** Server shutting down or restarting: the client should reconnect shortly. */
  goingAway: { code: 1001, reason: 'server going away' },
  /** Frame above the hard ceiling: ws closes these itself before buffering them. */
  frameTooBig: { code: 1009, reason: 'frame too big' },
  /** The frame could not be decoded as a y-websocket message. */
  malformed: { code: 4400, reason: 'malformed message' },
  /** No valid identity (signed out, expired session, revoked token). */
  unauthorized: { code: 4401, reason: 'not signed in' },
  /** The session ended while the socket was open (expired, revoked or signed out elsewhere). */
  sessionExpired: { code: 4402, reason: 'session ended' },
  /** Identity known but not allowed on this document (membership or consent removed). */
  forbidden: { code: 4403, reason: 'no access to this document' },
  /** The message type is not one this server speaks. */
  unknownMessageType: { code: 4406, reason: 'unknown message type' },
  /**
   * The person's role changed: reconnect to get the new rights (e.g. now read-only). Outside
   * 4400-4499 on purpose: y-websocket's client does not reconnect after codes in that range.
   */
  accessChanged: { code: 4001, reason: 'access changed' },
  /** The client reads too slowly to keep up; it reconnects and catches up with one sync. */
  tooSlow: { code: 1013, reason: 'client too slow' },
  /** A message above the configured size limit. */
  tooLarge: { code: 4413, reason: 'message too large' },
  /** The document rejected the update (it does not decode as a Yjs update). */
  updateRejected: { code: 4422, reason: 'update rejected' },
  /**
   * The update would take the document past its size limit (stored bytes or items). Inside
   * 4400-4499 on purpose: resending the same change cannot succeed, so no client retries blindly.
   */
  documentFull: { code: 4409, reason: 'document size limit reached' },
  /** The socket sent updates or presence faster than its rate limit allows. */
  rateLimited: { code: 4429, reason: 'too many messages' },
  /** This person already has the maximum number of sockets open. */
  tooManyConnections: { code: 4430, reason: 'too many open connections' },
  /** The document could not be loaded or saved; serving it could lose data. */
  documentUnavailable: { code: 4500, reason: 'document unavailable' },
} as const satisfies Record<string, CloseCode>;

export type CloseCodeName = keyof typeof CloseCodes;

/**
 * Close codes after which reconnecting cannot help until the person does something. (The stock
 * y-websocket client also stops on every 4400-4499 code, e.g. after sending a bad message.)
 */
const permanentCodes = new Set<number>([
  CloseCodes.unauthorized.code,
  CloseCodes.sessionExpired.code,
  CloseCodes.forbidden.code,
]);

export function isPermanentClose(code: number): boolean {
  return permanentCodes.has(code);
}

export function closeCodeName(code: number): CloseCodeName | undefined {
  for (const [name, value] of Object.entries(CloseCodes)) {
    if (value.code === code) return name as CloseCodeName;
  }
  return undefined;
}
