import type { AuditEntry } from './AuditLog';

/** How long the same read by the same person counts as one. */
export const readDedupeWindowMs = 5 * 60_000;
/** Past this many remembered reads, the expired ones are swept (keeps memory bounded). */
const sweepAbove = 10_000;

/**
 * Remembers recent reads so a page that refreshes itself every few seconds writes one audit
 * row, not hundreds. In memory: after a restart the first read is recorded again, which errs
 * on the side of recording.
 */
export class ReadDeduper {
  private readonly lastSeen = new Map<string, number>();

  constructor(
    private readonly windowMs = readDedupeWindowMs,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when this exact read was already recorded within the window; otherwise remembers it. */
  isRepeat(entry: AuditEntry): boolean {
    const key = JSON.stringify([entry.workspaceId ?? null, entry.actorId ?? null, entry.action, entry.subject ?? null, entry.details ?? null]);
    const at = this.now();
    const previous = this.lastSeen.get(key);
    if (previous !== undefined && at - previous < this.windowMs) return true;
    this.lastSeen.set(key, at);
    if (this.lastSeen.size > sweepAbove) this.sweep(at);
    return false;
  }

  private sweep(at: number): void {
    for (const [key, seen] of this.lastSeen) if (at - seen >= this.windowMs) this.lastSeen.delete(key);
  }
}
