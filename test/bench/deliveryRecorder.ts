/**
 * Matches every delivered edit to the moment it was sent. Writers insert a token naming the
 * edit (`w<writer>#<seq>;`); the send time stays here, in the same process as the readers, so
 * one clock measures both ends and nothing but the token travels through the server.
 */
export class DeliveryRecorder {
  /** Send time of each edit made while measuring; warm-up edits are not tracked. */
  private readonly sentAt = new Map<string, number>();
  private readonly writerOf = new Map<string, number>();
  private readonly deliveries = new Map<string, number>();
  readonly latencies: number[] = [];
  measuring = false;
  private frozen = false;

  static token(writer: number, seq: number): string {
    return `w${writer}#${seq};`;
  }

  recordSend(token: string, writer: number, at: number): void {
    if (!this.measuring) return;
    this.sentAt.set(token, at);
    this.writerOf.set(token, writer);
  }

  /** Called by a reader with the text it saw inserted; may hold several tokens. */
  recordInserted(inserted: string, at: number): void {
    if (this.frozen) return;
    for (const match of inserted.matchAll(/w\d+#\d+;/g)) {
      const sent = this.sentAt.get(match[0]);
      if (sent === undefined) continue;
      this.latencies.push(at - sent);
      this.deliveries.set(match[0], (this.deliveries.get(match[0]) ?? 0) + 1);
    }
  }

  /** Stops counting, so teardown traffic cannot change the figures. */
  freeze(): void {
    this.frozen = true;
  }

  get sent(): number {
    return this.sentAt.size;
  }

  get delivered(): number {
    return this.latencies.length;
  }

  /** Deliveries owed for the edits sent while measuring: one per reader in the writer's room. */
  expected(readersOf: (writer: number) => number): number {
    let total = 0;
    for (const writer of this.writerOf.values()) total += readersOf(writer);
    return total;
  }

  /** Deliveries beyond one per reader: a reader that saw an edit twice. */
  duplicates(readersOf: (writer: number) => number): number {
    let extra = 0;
    for (const [token, count] of this.deliveries) extra += Math.max(0, count - readersOf(this.writerOf.get(token) ?? 0));
    return extra;
  }
}
