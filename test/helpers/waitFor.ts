import { vi } from 'vitest';

/** Polls until the check passes; the suite never sleeps a fixed time to wait for the network. */
export function eventually<T>(check: () => T | Promise<T>, timeout = 10_000): Promise<T> {
  return vi.waitFor(check, { timeout, interval: 20 });
}
