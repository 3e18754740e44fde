/**
 * Reads a page is known to need, begun as the app starts, beside the session check, instead of
 * one after the other. On a slow 4G link every read costs a round trip of half a second or more,
 * and a document page waited for its code, then the session, then its workspace before it could
 * open anything.
 *
 * A read begun early is handed to the first caller that asks for it, and only while it is fresh
 * and only if it succeeded: a refusal (signed out, not a member) is never replayed later, and
 * nothing older than a moment is shown. Everyone else reads afresh.
 */
export const freshForMs = 10_000;
const begun = new Map<string, { readonly at: number; readonly result: Promise<unknown> }>();

export function beginEarly(key: string, read: () => Promise<unknown>): void {
  const result = read();
  // Unclaimed, a failure is nobody's to show; claimed, the caller reads afresh instead.
  result.catch(() => undefined);
  begun.set(key, { at: performance.now(), result });
}

export async function takeEarly<T>(key: string, read: () => Promise<T>): Promise<T> {
  const early = begun.get(key);
  begun.delete(key);
  if (early && performance.now() - early.at < freshForMs) {
    try {
      return (await early.result) as T;
    } catch {
      // Read afresh below: the answer then is the one that counts.
    }
  }
  return read();
}
