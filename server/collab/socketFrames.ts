/**
 * WebSocket framing of what a room sends, done once per message instead of once per socket.
 *
 * A room shows each update to every peer as the same bytes. Handed to ws one socket at a time,
 * each send builds its own frame header and makes two writes to the socket (header, payload),
 * which Node gathers into one `writev`. Server frames are never masked (RFC 6455 5.1), so the
 * complete frame is the same for every socket: build it once, and each socket gets one plain
 * write of the same buffer. Large messages (a sync reply) go to one socket only and would be
 * copied to be framed; those are left to ws.
 */

/**
 * Above this a message is not framed here: the copy would cost more than the write saved, and
 * every message up to it takes the two short length forms.
 */
export const maxFramedPayload = 0xffff;

const finalBinary = 0x82; // FIN bit + opcode 2 (binary)

/** One unmasked, final, binary frame holding `payload` (at most `maxFramedPayload` bytes). */
export function binaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength;
  if (length > maxFramedPayload) throw new RangeError(`a framed message holds at most ${maxFramedPayload} bytes`);
  // Lengths up to 125 fit the second byte; up to 65,535 take two more bytes after a 126.
  const headerBytes = length <= 125 ? 2 : 4;
  const frame = Buffer.allocUnsafe(headerBytes + length);
  frame[0] = finalBinary;
  if (headerBytes === 2) {
    frame[1] = length;
  } else {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  }
  frame.set(payload, headerBytes);
  return frame;
}

/**
 * The frame of the message sent last. A broadcast hands the same message object to every
 * peer in turn, so one remembered frame serves the whole loop; a message sent to one socket
 * only (a sync reply, presence for a newcomer) is framed for that socket, as ws would.
 */
export class FrameMemo {
  private message: Uint8Array | null = null;
  private frame: Buffer | null = null;

  frameOf(message: Uint8Array): Buffer {
    if (message === this.message && this.frame) return this.frame;
    this.frame = binaryFrame(message);
    this.message = message;
    return this.frame;
  }
}
