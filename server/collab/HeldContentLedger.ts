import type { HeldContent, SeqRange } from '../store/DocumentStore';
import { rangesAfter, snapshotDigest, withRange } from '../store/heldContent';

/**
 * What a room's doc is known to hold: the stored updates it was loaded with and every batch it
 * appended, and the snapshot it loaded and the last it wrote (by digest). A compaction need not
 * check them again; anything else (another instance's rows or snapshot, not yet relayed here)
 * is checked by the store and merged if the room's snapshot lacks it.
 */
export class HeldContentLedger {
  private seqs: SeqRange[];
  private readonly snapshots: { loaded: string | null; written: string | null };

  /** A room loaded through `lastSeq` holds every stored row, and the snapshot it was loaded from. */
  constructor(lastSeq: number, loadedSnapshot: Uint8Array | null) {
    this.seqs = lastSeq > 0 ? [{ first: 1, last: lastSeq }] : [];
    this.snapshots = { loaded: loadedSnapshot ? snapshotDigest(loadedSnapshot) : null, written: null };
  }

  /** A batch of `count` updates was appended and numbered through `lastSeq` (consecutively). */
  noteAppended(lastSeq: number, count: number): void {
    const added = { first: lastSeq - count + 1, last: lastSeq };
    const tail = this.seqs[this.seqs.length - 1];
    // Numbers are shared by every document, so one room's batches seldom touch and a room
    // holds up to a compaction's worth of ranges; a new batch lands after all of them, so it
    // is added in place rather than by sorting them all again on every edit.
    if (!tail || added.first > tail.last + 1) this.seqs.push(added);
    else if (added.first === tail.last + 1) this.seqs[this.seqs.length - 1] = { first: tail.first, last: added.last };
    else this.seqs = withRange(this.seqs, added);
  }

  /** `snapshot` now stands for every row through `throughSeq`. */
  noteCompacted(throughSeq: number, snapshot: Uint8Array): void {
    this.seqs = rangesAfter(this.seqs, throughSeq);
    this.snapshots.written = snapshotDigest(snapshot);
  }

  content(): HeldContent {
    const { loaded, written } = this.snapshots;
    return { seqs: [...this.seqs], snapshotDigests: [loaded, written].filter((digest) => digest !== null) };
  }
}
