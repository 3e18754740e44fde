import type { Occurrence } from '../../shared/scheduleRecurrence';
import { addDays } from '../../shared/scheduleTime';

/** The days a week shows: Monday to Friday, and the weekend too when something other than a bell falls on it. */
export function weekDays(weekStart: string, occurrences: readonly Occurrence[]): string[] {
  const hasWeekend = occurrences.some((o) => o.date >= addDays(weekStart, 5) && o.date < addDays(weekStart, 7) && o.kind !== 'bell');
  return Array.from({ length: hasWeekend ? 7 : 5 }, (_, i) => addDays(weekStart, i));
}

/**
 * How an occurrence is drawn and named on the week: by its setting, except protected
 * instruction, which has a look (and a legend entry) of its own. Matches the legend's keys.
 */
export function sessionLook(o: Occurrence): 'protected' | Occurrence['setting'] {
  return o.kind === 'protected' ? 'protected' : o.setting;
}
