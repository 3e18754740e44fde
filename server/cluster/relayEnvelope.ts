import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * What instances tell each other about one document, as one binary message on its channel.
 *
 * - `hello`: "I just (re)subscribed; here is my state vector" (payload: sync step 1). Every
 *   other instance answers with the changes the sender lacks (`step2`) and with its own state
 *   vector (`sv`), so the sender can send back what they lack: a state-vector exchange, not a
 *   reload.
 * - `sv`: a state vector that asks only for a `step2` back.
 * - `step2`, `update`, `awareness`: y-websocket messages to apply to the local room.
 */
export const relayKinds = ['hello', 'sv', 'step2', 'update', 'awareness'] as const;
export type RelayKind = (typeof relayKinds)[number];

export interface RelayEnvelope {
  readonly kind: RelayKind;
  /** The instance that published it. */
  readonly from: string;
  /** The one instance it is for, or null for every instance that has the document open. */
  readonly to: string | null;
  /** When it was published (ms since epoch), for the relay lag metric. */
  readonly sentAt: number;
  /** A y-websocket protocol message. */
  readonly payload: Uint8Array;
}

const version = 1;

export function encodeEnvelope(envelope: RelayEnvelope): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, version);
  encoding.writeVarUint(encoder, relayKinds.indexOf(envelope.kind));
  encoding.writeVarString(encoder, envelope.from);
  encoding.writeVarString(encoder, envelope.to ?? '');
  encoding.writeFloat64(encoder, envelope.sentAt);
  encoding.writeVarUint8Array(encoder, envelope.payload);
  return encoding.toUint8Array(encoder);
}

/** Null for anything that does not decode (another version, or not ours at all). */
export function decodeEnvelope(data: Uint8Array): RelayEnvelope | null {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== version) return null;
    const kind = relayKinds[decoding.readVarUint(decoder)];
    if (!kind) return null;
    const from = decoding.readVarString(decoder);
    const to = decoding.readVarString(decoder);
    const sentAt = decoding.readFloat64(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    return { kind, from, to: to === '' ? null : to, sentAt, payload };
  } catch {
    return null;
  }
}

/** Client id and clock of each entry of an awareness update; null if it does not decode. */
export function awarenessClocks(update: Uint8Array): { clientId: number; clock: number }[] | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: { clientId: number; clock: number }[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      entries.push({ clientId, clock });
    }
    return entries;
  } catch {
    return null;
  }
}

/**
 * The awareness update with only the entries `keep` accepts, or null when none is left. An
 * instance tells the others only about its own people: repeating presence it learned from them
 * would claim, on their side, client ids their own sockets announced, and a room drops an
 * update that speaks for someone else's caret.
 */
export function filterAwareness(update: Uint8Array, keep: (clientId: number, clock: number) => boolean): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const kept: { clientId: number; clock: number; state: string }[] = [];
    for (let i = 0; i < count; i += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state = decoding.readVarString(decoder);
      if (keep(clientId, clock)) kept.push({ clientId, clock, state });
    }
    if (kept.length === 0) return null;
    if (kept.length === count) return update;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, kept.length);
    for (const entry of kept) {
      encoding.writeVarUint(encoder, entry.clientId);
      encoding.writeVarUint(encoder, entry.clock);
      encoding.writeVarString(encoder, entry.state);
    }
    return encoding.toUint8Array(encoder);
  } catch {
    return null;
  }
}
