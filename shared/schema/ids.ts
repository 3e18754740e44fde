const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const idLength = 16;

/**
 * A random item id: 16 characters of base 62 (~95 bits), so two people adding at the same
 * moment never collide. crypto.getRandomValues exists in browsers (also on plain http, unlike
 * randomUUID) and in Node 20, which keeps shared/ runtime-neutral.
 */
export function newId(): string {
  let id = '';
  while (id.length < idLength) {
    const bytes = new Uint8Array(idLength * 2);
    crypto.getRandomValues(bytes);
    for (const byte of bytes) {
      // Bytes of 248 and above are skipped so every character is equally likely.
      if (byte >= 248 || id.length >= idLength) continue;
      id += alphabet[byte % 62] ?? '';
    }
  }
  return id;
}

/** Ids travel into link keys and comment anchors: a small alphabet keeps them unambiguous. */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(value);
}
