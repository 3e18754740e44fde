/**
 * Polls `/healthz` while an attack runs and records the slowest answer, so a security test can
 * show that the server kept answering everyone else. Run the server in its own process
 * (`spawnServer`) when the attack could block an event loop.
 *
 * For a server in this test's own process, a poll that fires late counts as waiting too: a
 * blocked loop delays the poll itself, so the request would be sent only after the stall and
 * come back fast. For a server in its own process (it has a `pid`), only the round trip counts:
 * this process being starved of CPU by the machine says nothing about the server.
 */
export interface HealthWatch {
  /** Stops polling and returns the slowest answer seen, in milliseconds (timer lateness included). */
  stop(): Promise<HealthSummary>;
}

export interface HealthSummary {
  readonly checks: number;
  readonly failures: number;
  readonly slowestMs: number;
}

export function watchHealth(server: { readonly url: string; readonly pid?: number }, intervalMs = 50): HealthWatch {
  const baseUrl = server.url;
  const sameProcess = server.pid === undefined;
  let running = true;
  let checks = 0;
  let failures = 0;
  let slowestMs = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(10_000) });
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      } catch {
        failures += 1;
      }
      checks += 1;
      slowestMs = Math.max(slowestMs, performance.now() - started);
      const waitStarted = performance.now();
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
      // A timer that fires late means this process's loop, and so the server in it, was blocked.
      if (sameProcess) slowestMs = Math.max(slowestMs, performance.now() - waitStarted - intervalMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return { checks, failures, slowestMs };
    },
  };
}
