/**
 * How many notices that others caused one person is mailed at once, within a window: past it,
 * the rest of the window's notices wait in their daily digest instead. A teammate who moves a meeting five
 * times, or mentions someone in twenty comments, must not fill that person's inbox; nothing
 * is lost, it arrives in one mail a day later. Counted per server process: behind a cluster,
 * each instance allows its own share, which still bounds the flood.
 */
export class ImmediateMailAllowance {
  private readonly sent = new Map<string, number[]>();

  constructor(
    private readonly perWindow = 10,
    private readonly windowMs = 15 * 60_000,
  ) {}

  /** Whether `userId` may be mailed now; counts the mail when so. */
  take(userId: string, now: number): boolean {
    const recent = (this.sent.get(userId) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.perWindow) {
      this.sent.set(userId, recent);
      return false;
    }
    recent.push(now);
    this.sent.set(userId, recent);
    this.forgetQuietPeople(now);
    return true;
  }

  /** Keeps the map to the people mailed within the window, however many were ever mailed. */
  private forgetQuietPeople(now: number): void {
    if (this.sent.size < 1_000) return;
    for (const [userId, times] of this.sent) if (times.every((at) => now - at >= this.windowMs)) this.sent.delete(userId);
  }
}
