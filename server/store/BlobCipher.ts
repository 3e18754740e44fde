import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Encryption of document bytes at rest (AES-256-GCM). Each blob carries the id of the key that
 * sealed it, so a store can read blobs sealed under the previous key while writing new ones
 * under the current key, and find what still needs re-encrypting. Both document stores (SQLite
 * and PostgreSQL) wrap their reads and writes in `seal` / `open`.
 *
 * Sealed layout: magic "BPX" 0x01 | key id length (1 byte) | key id | 12-byte IV | 16-byte tag | ciphertext.
 * The caller's context (the document name) is bound as associated data: a blob copied into
 * another document's row does not open there.
 */
export interface DataKey {
  /** Short public fingerprint of the key: never the key itself. */
  readonly id: string;
  readonly secret: Buffer;
}

const magic = Buffer.from([0x42, 0x50, 0x58, 0x01]);
const ivBytes = 12;
const tagBytes = 16;

export class BlobCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlobCipherError';
  }
}

/** A 32-byte key from 64 hex characters or base64; its id is a fingerprint of it. */
export function parseDataKey(raw: string): DataKey | null {
  const text = raw.trim();
  let secret: Buffer | null = null;
  if (/^[0-9a-fA-F]{64}$/.test(text)) secret = Buffer.from(text, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) secret = Buffer.from(text, 'base64');
  if (!secret || secret.length !== 32) return null;
  return { id: createHash('sha256').update('bridgeplan data key').update(secret).digest('hex').slice(0, 12), secret };
}

export function isSealed(blob: Uint8Array): boolean {
  return blob.length > magic.length && Buffer.from(blob.buffer, blob.byteOffset, magic.length).equals(magic);
}

/** The key id a sealed blob names, or null for a plain (unencrypted) blob. */
export function sealedKeyId(blob: Uint8Array): string | null {
  if (!isSealed(blob)) return null;
  const length = blob[magic.length]!;
  return Buffer.from(blob.buffer, blob.byteOffset + magic.length + 1, length).toString('latin1');
}

/** The bytes every blob sealed under `keyId` starts with (lets SQL find the others cheaply). */
export function sealedPrefix(keyId: string): Buffer {
  return Buffer.concat([magic, Buffer.from([keyId.length]), Buffer.from(keyId, 'latin1')]);
}

export class BlobCipher {
  private readonly keys = new Map<string, DataKey>();

  /**
   * @param current seals new blobs; null keeps new blobs plain (and reads plain ones).
   * @param previous only opens blobs, during a key rotation.
   */
  constructor(
    readonly current: DataKey | null,
    previous: DataKey | null = null,
  ) {
    if (previous) this.keys.set(previous.id, previous);
    if (current) this.keys.set(current.id, current);
  }

  /** Whether blobs sealed under `keyId` (null: plain blobs) open with this cipher's keys. */
  opens(keyId: string | null): boolean {
    return keyId === null || this.keys.has(keyId);
  }

  get encrypts(): boolean {
    return this.current !== null;
  }

  seal(plain: Uint8Array, context: string): Uint8Array {
    if (!this.current) return plain;
    const iv = randomBytes(ivBytes);
    const cipher = createCipheriv('aes-256-gcm', this.current.secret, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([sealedPrefix(this.current.id), iv, cipher.getAuthTag(), body]);
  }

  /** Opens a sealed blob; a plain blob passes through unless `requireSealed` says they are gone. */
  open(blob: Uint8Array, context: string, requireSealed = false): Uint8Array {
    const keyId = sealedKeyId(blob);
    if (keyId === null) {
      if (requireSealed) throw new BlobCipherError('an unencrypted blob was found where only encrypted ones belong');
      return blob;
    }
    const key = this.keys.get(keyId);
    if (!key) throw new BlobCipherError(`a blob is sealed with data key ${keyId}, which is neither DATA_KEY nor DATA_KEY_PREVIOUS`);
    const start = magic.length + 1 + keyId.length;
    const bytes = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength);
    const iv = bytes.subarray(start, start + ivBytes);
    const tag = bytes.subarray(start + ivBytes, start + ivBytes + tagBytes);
    const decipher = createDecipheriv('aes-256-gcm', key.secret, iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(tag);
    try {
      const plain = Buffer.concat([decipher.update(bytes.subarray(start + ivBytes + tagBytes)), decipher.final()]);
      return new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength);
    } catch {
      throw new BlobCipherError('a blob failed its integrity check (wrong key, or changed on disk)');
    }
  }

  /** Whether a stored blob is already in the form this cipher writes (sealed under the current key, or plain without one). */
  isCurrent(blob: Uint8Array): boolean {
    return sealedKeyId(blob) === (this.current?.id ?? null);
  }
}
