import { monthlyRuleFor } from '../../shared/monthlyRepeat';
import { weekdayCodes, weekdayIndex } from '../../shared/scheduleTime';

/** How often the schedule form lets a session repeat. */
export type Repeat = 'weekly' | 'biweekly' | 'monthly' | 'once';

/** The RRULE a choice means from the session's first date; '' for once. */
export function ruleFor(repeat: Repeat, date: string): string {
  const day = weekdayCodes[weekdayIndex(date)]!;
  if (repeat === 'weekly') return `FREQ=WEEKLY;BYDAY=${day}`;
  if (repeat === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${day}`;
  if (repeat === 'monthly') return monthlyRuleFor(date);
  return '';
}
