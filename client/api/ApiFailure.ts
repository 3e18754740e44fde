/** Names, counts and limits the server's message mentions, for the catalog's placeholders. */
export type ProblemFacts = Readonly<Record<string, string | number>>;

/**
 * A request that did not succeed, in the shape the UI needs: the server's stable id and its
 * human message (shown as is in English), or a network failure described in our own words.
 */
export class ApiFailure extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached at all. */
    readonly status: number,
    readonly id: string,
    message: string,
    /** Seconds to wait before trying again, when the server said so (Retry-After). */
    readonly retryAfterSeconds: number | null = null,
    readonly facts: ProblemFacts = {},
  ) {
    super(message);
    this.name = 'ApiFailure';
  }

  /** No session (expired or signed out elsewhere); a wrong password is a 401 too, but not this. */
  get isSignedOut(): boolean {
    return this.status === 401 && this.id === 'unauthorized';
  }
}

export function isApiFailure(error: unknown): error is ApiFailure {
  return error instanceof ApiFailure;
}
