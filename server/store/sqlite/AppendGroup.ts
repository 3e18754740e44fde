/** One document's updates waiting for the group's commit. */
export interface GroupedAppend {
  readonly name: string;
  readonly updates: readonly Uint8Array[];
}

interface Waiting extends GroupedAppend {
  readonly resolve: (seq: number) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit across documents. Rooms flush their batches at the same point of each turn of
 * the event loop (Room.ts), one after another in a single run of promise callbacks; each used
 * to commit a transaction of its own, and under load the commits (a write to the log, its
 * checksums, the page headers) cost more than the rows. Appends asked for within one such run
 * are committed together, in one transaction, once the run is over: nobody waits longer than
 * the rooms flushing beside it take to hand over their updates.
 *
 * Each document's updates stay consecutive within the group, so each caller still gets the
 * sequence number of its last update with the rest numbered up to it. If the group's commit
 * fails, each append is tried again on its own, so one document's failure is its own.
 */
export class AppendGroup {
  private waiting: Waiting[] = [];

  constructor(
    /** Commits every append in one transaction; returns each one's last sequence number, in order. */
    private readonly commitAll: (appends: readonly GroupedAppend[]) => number[],
    /** Commits one append in a transaction of its own. */
    private readonly commitOne: (append: GroupedAppend) => number,
    /** Runs once after each group, whatever its outcome. */
    private readonly afterCommit: () => void,
  ) {}

  add(name: string, updates: readonly Uint8Array[]): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.waiting.push({ name, updates, resolve, reject }) === 1) queueMicrotask(this.commit);
    });
  }

  private readonly commit = (): void => {
    const group = this.waiting;
    this.waiting = [];
    try {
      const seqs = this.commitAll(group);
      group.forEach((append, index) => append.resolve(seqs[index]!));
    } catch (groupError) {
      if (group.length === 1) group[0]!.reject(groupError);
      else for (const append of group) this.commitAlone(append);
    } finally {
      this.afterCommit();
    }
  };

  private commitAlone(append: Waiting): void {
    try {
      append.resolve(this.commitOne(append));
    } catch (error) {
      append.reject(error);
    }
  }
}
