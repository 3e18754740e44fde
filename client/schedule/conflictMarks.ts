import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import type { Occurrence } from '../../shared/scheduleRecurrence';

/**
 * The occurrences to draw as in conflict (their `key`s). A conflict names whole sessions, and a
 * session that repeats is on the week several times: a reading block every morning is in
 * conflict only on the day speech falls in it, not on the four others. So an occurrence is
 * marked where the conflict happens: for a pair, where the other session that day overlaps it
 * (or, for travel, ends or starts too close to it); for a day over the limit, on that day.
 * Minutes short of the plan belong to the week, not a block; an accepted conflict is not drawn.
 */
export function conflictMarks(occurrences: readonly Occurrence[], conflicts: readonly ScheduleConflict[], travelBufferMinutes: number): Set<string> {
  const clash = (kind: ScheduleConflict['kind'], a: Occurrence, b: Occurrence): boolean => {
    if (a.date !== b.date || a.sessionId === b.sessionId) return false;
    if (kind === 'travel') return Math.max(b.start - a.end, a.start - b.end) < travelBufferMinutes;
    return a.start < b.end && b.start < a.end;
  };
  const live = occurrences.filter((o) => o.cancelled === null);
  const marked = new Set<string>();
  for (const conflict of conflicts) {
    if (conflict.accepted || conflict.kind === 'shortfall') continue;
    const involved = live.filter((o) => conflict.sessionIds.includes(o.sessionId));
    for (const o of involved) {
      const happensHere = conflict.kind === 'day_load' ? o.date === conflict.date : involved.some((other) => clash(conflict.kind, o, other));
      if (happensHere) marked.add(o.key);
    }
  }
  return marked;
}
