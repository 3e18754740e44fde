import type { Occurrence } from '../../shared/scheduleRecurrence';

export interface Placed {
  readonly occurrence: Occurrence;
  /** Which of its group's lanes it is drawn in, from the left. */
  readonly lane: number;
  /** How many lanes its group needs: the block is 1/lanes of the column wide. */
  readonly lanes: number;
}

/**
 * Side by side where sessions overlap, so a conflict is visible as two blocks, not one hidden
 * under another. Lanes are counted per group of sessions that overlap one another (directly or
 * through a third), so a session that overlaps nothing keeps the whole column, however crowded
 * another hour of the day is. `day` is in start order, as `occurrencesBetween` gives it.
 */
export function placeDay(day: readonly Occurrence[]): Placed[] {
  const placed: Placed[] = [];
  let group: { occurrence: Occurrence; lane: number }[] = [];
  let laneEnds: number[] = [];
  const closeGroup = () => {
    for (const entry of group) placed.push({ ...entry, lanes: laneEnds.length });
    group = [];
    laneEnds = [];
  };
  for (const occurrence of day) {
    // Everything drawn so far ends before this one starts: a new group begins.
    if (laneEnds.length > 0 && laneEnds.every((end) => end <= occurrence.start)) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= occurrence.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = occurrence.end;
    group.push({ occurrence, lane });
  }
  closeGroup();
  return placed;
}
