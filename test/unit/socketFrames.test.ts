import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { binaryFrame, FrameMemo, maxFramedPayload } from '../../server/collab/socketFrames';

interface FrameOptions {
  readonly fin: boolean;
  readonly opcode: number;
  readonly mask: boolean;
  readonly readOnly: boolean;
  readonly rsv1: boolean;
}
// ws's own framing (public in ws, absent from its type definitions).
const { Sender } = createRequire(import.meta.url)('ws') as { Sender: { frame(data: Buffer, options: FrameOptions): Buffer[] } };

/** The frame ws itself writes for a server's binary message: header, then payload. */
function framedByWs(payload: Buffer): Buffer {
  const parts = Sender.frame(payload, { fin: true, opcode: 2, mask: false, readOnly: false, rsv1: false });
  return Buffer.concat(parts);
}

describe('socketFrames', () => {
  it('frames a message exactly as ws does, at every length form a room sends', () => {
    for (const length of [0, 1, 125, 126, 127, 300, maxFramedPayload]) {
      const payload = Buffer.alloc(length, length % 251);
      expect(binaryFrame(payload).equals(framedByWs(payload)), `length ${length}`).toBe(true);
    }
  });

  it('frames a broadcast once for all sockets and a new message anew', () => {
    const memo = new FrameMemo();
    const broadcast = Uint8Array.from([0, 2, 1, 7]);
    const first = memo.frameOf(broadcast);
    expect(memo.frameOf(broadcast)).toBe(first);
    const next = Uint8Array.from([0, 2, 1, 8]);
    expect(memo.frameOf(next).equals(binaryFrame(next))).toBe(true);
  });

  it('refuses to frame what is larger than it may copy', () => {
    expect(() => binaryFrame(new Uint8Array(maxFramedPayload + 1))).toThrow(RangeError);
  });
});
