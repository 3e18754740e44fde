import * as Y from 'yjs';

interface DeletedRange {
  readonly clock: number;
  readonly end: number;
}

/**
 * What a Yjs update (a room's snapshot) provably holds: per client, the clocks it carries from
 * 0 without a gap (pending parts after a gap are not counted), and the ranges it deletes,
 * sorted and merged. Read from the bytes themselves, so it cannot disagree with them.
 */
export interface SnapshotContents {
  readonly clocks: ReadonlyMap<number, number>;
  readonly deletions: ReadonlyMap<number, readonly DeletedRange[]>;
}

/** Throws when the bytes are not a Yjs update. */
export function contentsOf(snapshot: Uint8Array): SnapshotContents {
  const { structs, ds } = Y.decodeUpdate(snapshot);
  const byClient = new Map<number, (typeof structs)[number][]>();
  for (const struct of structs) {
    const list = byClient.get(struct.id.client);
    if (list) list.push(struct);
    else byClient.set(struct.id.client, [struct]);
  }
  const clocks = new Map<number, number>();
  for (const [client, list] of byClient) {
    list.sort((a, b) => a.id.clock - b.id.clock);
    let reached = 0;
    for (const struct of list) {
      // A skip is a gap: nothing at or after it is held until the gap is filled.
      if (struct instanceof Y.Skip || struct.id.clock > reached) break;
      reached = Math.max(reached, struct.id.clock + struct.length);
    }
    if (reached > 0) clocks.set(client, reached);
  }
  const deletions = new Map<number, DeletedRange[]>();
  for (const [client, items] of ds.clients) {
    const sorted = items.map((item) => ({ clock: item.clock, end: item.clock + item.len })).sort((a, b) => a.clock - b.clock);
    const merged: DeletedRange[] = [];
    for (const range of sorted) {
      const last = merged[merged.length - 1];
      if (last && range.clock <= last.end) merged[merged.length - 1] = { clock: last.clock, end: Math.max(last.end, range.end) };
      else merged.push(range);
    }
    deletions.set(client, merged);
  }
  return { clocks, deletions };
}

/**
 * True when applying `update` on top of the snapshot would change nothing: each of its structs
 * (insertions, garbage-collected ranges, skips) lies within the clocks the snapshot holds, and
 * each range it deletes the snapshot deletes too. Only a proof counts: anything else is false.
 * Throws when the bytes are not a Yjs update.
 */
export function holdsUpdate(contents: SnapshotContents, update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  for (const struct of structs) {
    if ((contents.clocks.get(struct.id.client) ?? 0) < struct.id.clock + struct.length) return false;
  }
  for (const [client, items] of ds.clients) {
    const ranges = contents.deletions.get(client);
    for (const item of items) {
      if (item.len > 0 && !(ranges && rangeDeleted(ranges, item.clock, item.clock + item.len))) return false;
    }
  }
  return true;
}

/** Ranges are sorted and merged, so one range must hold [clock, end) whole. */
function rangeDeleted(ranges: readonly DeletedRange[], clock: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle]!;
    if (range.end <= clock) low = middle + 1;
    else if (range.clock > clock) high = middle - 1;
    else return range.end >= end;
  }
  return false;
}
