/**
 * The only reader of `import.meta.env`. Everything else asks this module, so build-time
 * settings are visible in one place and easy to replace in tests.
 */
function readOptionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export interface ClientEnv {
  /** True under `vite` dev server. */
  readonly isDev: boolean;
  /**
   * Where the collaboration WebSocket lives, e.g. `wss://plans.example.org`. Unset means the
   * page's own origin, which is how the server deploys the client (and how the dev proxy works).
   */
  readonly collabOrigin: string | undefined;
}

export const clientEnv: ClientEnv = {
  isDev: import.meta.env.DEV,
  collabOrigin: readOptionalString(import.meta.env.VITE_COLLAB_ORIGIN),
};
