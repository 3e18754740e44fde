import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * The y-websocket wire format: a varuint message type, then for sync messages a varuint sync
 * step and a length-prefixed payload. Decoding is done here, before any Yjs code runs, so a
 * frame that is not well formed is told apart from an update Yjs refuses.
 */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncStep = { step1: 0, step2: 1, update: 2 } as const;

export type InboundMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

export type DecodeResult =
  | { ok: true; message: InboundMessage }
  | { ok: false; problem: 'malformed' | 'unknownMessageType' };

export function decodeMessage(data: Uint8Array): DecodeResult {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MessageType.sync: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === SyncStep.step1) return { ok: true, message: { kind: 'syncStep1', stateVector: payload } };
        if (step === SyncStep.step2) return { ok: true, message: { kind: 'syncStep2', update: payload } };
        if (step === SyncStep.update) return { ok: true, message: { kind: 'update', update: payload } };
        return { ok: false, problem: 'unknownMessageType' };
      }
      case MessageType.awareness:
        return { ok: true, message: { kind: 'awareness', update: decoding.readVarUint8Array(decoder) } };
      case MessageType.queryAwareness:
        return { ok: true, message: { kind: 'queryAwareness' } };
      default:
        return { ok: false, problem: 'unknownMessageType' };
    }
  } catch {
    // lib0 throws on a truncated varint or a length running past the end of the frame.
    return { ok: false, problem: 'malformed' };
  }
}

/**
 * How many clients a state vector lists, read from its first number without decoding the
 * rest (throws when even that does not decode).
 */
export function stateVectorClients(stateVector: Uint8Array): number {
  return decoding.readVarUint(decoding.createDecoder(stateVector));
}

function encodeSync(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array => encodeSync(SyncStep.step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array): Uint8Array => encodeSync(SyncStep.step2, update);
export const encodeUpdate = (update: Uint8Array): Uint8Array => encodeSync(SyncStep.update, update);

export function encodeAwareness(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export interface AwarenessEntry {
  readonly clientId: number;
  /** Rises with each change its client makes; a repeat carries the clock it was sent with. */
  readonly clock: number;
  /** The announced state (null when the client leaves). */
  readonly state: unknown;
}

export interface AwarenessLimits {
  /** Most entries one message may carry. */
  readonly maxEntries: number;
  /** Largest state JSON of one entry, in bytes. */
  readonly maxStateBytes: number;
}

export type AwarenessEntriesResult =
  | { readonly ok: true; readonly entries: AwarenessEntry[] }
  | { readonly ok: false; readonly problem: 'malformed' | 'too-many-ids' | 'too-large' };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The entries of an awareness update (a varuint count, then per client its id, clock and
 * state JSON). The count and each state's length are checked before anything is parsed, so
 * an announcement of thousands of ids or a megabyte of state costs almost nothing to refuse.
 */
export function awarenessEntries(update: Uint8Array, limits: AwarenessLimits): AwarenessEntriesResult {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > limits.maxEntries) return { ok: false, problem: 'too-many-ids' };
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarUint8Array(decoder);
      if (state.byteLength > limits.maxStateBytes) return { ok: false, problem: 'too-large' };
      entries.push({ clientId, clock, state: JSON.parse(utf8.decode(state)) as unknown });
    }
    return { ok: true, entries };
  } catch {
    return { ok: false, problem: 'malformed' };
  }
}

/** An awareness update of these entries alone, in the format `awarenessEntries` reads. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}
