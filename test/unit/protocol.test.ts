import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from '../../server/collab/protocol';

describe('decodeMessage', () => {
  const payload = new Uint8Array([1, 2, 3]);

  it('round-trips each message the server sends', () => {
    expect(decodeMessage(encodeSyncStep1(payload))).toEqual({ ok: true, message: { kind: 'syncStep1', stateVector: payload } });
    expect(decodeMessage(encodeSyncStep2(payload))).toEqual({ ok: true, message: { kind: 'syncStep2', update: payload } });
    expect(decodeMessage(encodeUpdate(payload))).toEqual({ ok: true, message: { kind: 'update', update: payload } });
    expect(decodeMessage(encodeAwareness(payload))).toEqual({ ok: true, message: { kind: 'awareness', update: payload } });
    expect(decodeMessage(new Uint8Array([3]))).toEqual({ ok: true, message: { kind: 'queryAwareness' } });
  });

  it('tells a malformed frame from an unknown message type', () => {
    expect(decodeMessage(new Uint8Array([]))).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeMessage(new Uint8Array([0, 2, 10, 1]))).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeMessage(new Uint8Array([0x80]))).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeMessage(new Uint8Array([9]))).toEqual({ ok: false, problem: 'unknownMessageType' });
    expect(decodeMessage(new Uint8Array([0, 7, 0]))).toEqual({ ok: false, problem: 'unknownMessageType' });
  });
});
