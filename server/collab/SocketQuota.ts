/** One socket's place under its person's cap; released when the socket closes. */
export interface SocketClaim {
  release(): void;
}

/**
 * How many sockets one person may hold open at once (MAX_SOCKETS_PER_PERSON), across tabs,
 * devices and, with several instances, across instances. `claim` checks and counts in one
 * step, so N sockets opened at once cannot all pass a check made before any was counted.
 */
export interface SocketQuota {
  /** A place for one more socket of this person, or null when they hold the most allowed. */
  claim(userId: string): Promise<SocketClaim | null>;
  close(): void;
}

/** Counts in this process: enough for one instance, and the fallback while Redis is away. */
export class LocalSocketQuota implements SocketQuota {
  private readonly perPerson = new Map<string, number>();

  constructor(private readonly maxPerPerson: number) {}

  claim(userId: string): Promise<SocketClaim | null> {
    return Promise.resolve(this.claimNow(userId));
  }

  /** The same, synchronously: check and count cannot be separated by another claim. */
  claimNow(userId: string): SocketClaim | null {
    const held = this.perPerson.get(userId) ?? 0;
    if (held >= this.maxPerPerson) return null;
    this.perPerson.set(userId, held + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.perPerson.get(userId) ?? 1) - 1;
        if (left > 0) this.perPerson.set(userId, left);
        else this.perPerson.delete(userId);
      },
    };
  }

  close(): void {
    this.perPerson.clear();
  }
}
