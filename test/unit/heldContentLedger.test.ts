import { describe, expect, it } from 'vitest';
import { HeldContentLedger } from '../../server/collab/HeldContentLedger';

// The ledger tells a compaction which stored rows the room's doc already holds; a range it
// forgot would make the store merge those rows again, one it invented would skip real ones.
describe('HeldContentLedger', () => {
  it('joins batches numbered one after another into one range', () => {
    const ledger = new HeldContentLedger(4, null);
    ledger.noteAppended(6, 2);
    ledger.noteAppended(7, 1);
    expect(ledger.content().seqs).toEqual([{ first: 1, last: 7 }]);
  });

  it('keeps apart batches with other documents numbered between them', () => {
    const ledger = new HeldContentLedger(0, null);
    ledger.noteAppended(3, 1);
    ledger.noteAppended(9, 2);
    ledger.noteAppended(10, 1);
    expect(ledger.content().seqs).toEqual([
      { first: 3, last: 3 },
      { first: 8, last: 10 },
    ]);
  });

  it('places a batch numbered below the last one where it belongs', () => {
    const ledger = new HeldContentLedger(0, null);
    ledger.noteAppended(10, 1);
    ledger.noteAppended(5, 1);
    ledger.noteAppended(9, 4);
    expect(ledger.content().seqs).toEqual([{ first: 5, last: 10 }]);
  });

  it('forgets what a compaction folded and hands out copies the next edit cannot change', () => {
    const ledger = new HeldContentLedger(0, null);
    for (const seq of [2, 4, 6, 8]) ledger.noteAppended(seq, 1);
    const before = ledger.content();
    ledger.noteCompacted(5, new Uint8Array([0, 0]));
    ledger.noteAppended(12, 1);
    expect(before.seqs).toHaveLength(4);
    expect(ledger.content().seqs).toEqual([
      { first: 6, last: 6 },
      { first: 8, last: 8 },
      { first: 12, last: 12 },
    ]);
    expect(ledger.content().snapshotDigests).toHaveLength(1);
  });
});
