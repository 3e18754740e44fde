/**
 * Fractional order keys: an item's position is a string that sorts between its neighbours'.
 * Moving an item rewrites only its own key, so a move never touches the item's content and a
 * colleague typing into the moved goal keeps every character. Two people moving the same item
 * write the same map key: last writer wins, one position, no duplicate. Ties (equal keys from
 * two concurrent inserts) are broken by item id, identically on every peer.
 *
 * Keys are base-62 digit strings read as fractions in [0, 1), compared by code unit, never
 * ending in '0' (so a key between any two always exists).
 */
const digits = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const keyPattern = /^[0-9A-Za-z]*[1-9A-Za-z]$/;

export function isOrderKey(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 256 && keyPattern.test(value);
}

export function compareOrderKeys(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function digitAt(key: string, index: number): number {
  const char = key[index];
  return char === undefined ? 0 : digits.indexOf(char);
}

/** A key strictly between a and b ('' = start, null = end). Requires a < b. */
function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let shared = 0;
    while (shared < b.length && digitAt(a, shared) === digitAt(b, shared)) shared += 1;
    if (shared > 0) return b.slice(0, shared) + midpoint(a.slice(shared), b.slice(shared));
  }
  const low = digitAt(a, 0);
  const high = b === null ? digits.length : digitAt(b, 0);
  if (high - low > 1) return digits[Math.round((low + high) / 2)] ?? '';
  if (b !== null && b.length > 1) return b.slice(0, 1);
  return (digits[low] ?? '0') + midpoint(a.slice(1), null);
}

function randomSuffix(): string {
  const bytes = new Uint8Array(3);
  crypto.getRandomValues(bytes);
  let suffix = '';
  for (const byte of bytes) suffix += digits[1 + (byte % 61)] ?? '1';
  return suffix;
}

/**
 * A key between two neighbours. A short random suffix makes two people inserting at the same
 * spot at the same moment get different keys, so a later insert between them still fits.
 * Degenerate input (equal or inverted neighbours, possible only in damaged documents) yields a
 * key after `before`: approximate, but never an exception.
 */
export function keyBetween(before: string | null, after: string | null): string {
  const low = before ?? '';
  const high = after !== null && after > low ? after : null;
  const middle = midpoint(low, high);
  const jittered = middle + randomSuffix();
  return high === null || jittered < high ? jittered : middle;
}

/** Evenly spread keys for a fixed default order, e.g. the default present-level areas. */
export function defaultOrderKey(index: number): string {
  const spaced = digits[2 + index * 4];
  return spaced ?? 'z' + defaultOrderKey(index - 15);
}
