import type { ScheduleSessionView } from './schema/schedule';
import { isMonthlyWeekdayRule, monthlyWeekday } from './monthlyRepeat';
import { addDays, daysBetween, joinLocalStart, splitLocalStart, weekdayCodes, weekdayIndex } from './scheduleTime';

/**
 * Moving one occurrence of a recurring session moves the series: "Tuesdays at 3" becomes
 * "Wednesdays at 4". A weekly rule on one day shifts its first date with it; a rule on several
 * days swaps the one day (MO,WE → MO,TH) and keeps its first date. A monthly rule on a weekday
 * of the month ("the first Thursday") takes the weekday and week of the date moved to.
 */
export function movedSeries(session: Pick<ScheduleSessionView, 'start' | 'rrule'>, fromDate: string, toDate: string, toMinute: number): { start: string; rrule: string } {
  const first = splitLocalStart(session.start);
  if (session.rrule === '') return { start: joinLocalStart(toDate, toMinute), rrule: '' };
  if (isMonthlyWeekdayRule(session.rrule)) {
    const rrule = session.rrule.replace(/BYDAY=[+-]?\d{1,2}[A-Z]{2}/i, `BYDAY=${monthlyWeekday(toDate)}`);
    return { start: joinLocalStart(addDays(first.date, daysBetween(fromDate, toDate)), toMinute), rrule };
  }
  const byDay = /(?:^|;)BYDAY=([A-Z,]+)(?=;|$)/i.exec(session.rrule);
  const fromCode = weekdayCodes[weekdayIndex(fromDate)]!;
  const toCode = weekdayCodes[weekdayIndex(toDate)]!;
  if (!byDay || byDay[1]!.split(',').length === 1) {
    const rrule = byDay ? session.rrule.replace(`BYDAY=${byDay[1]}`, `BYDAY=${toCode}`) : session.rrule;
    return { start: joinLocalStart(addDays(first.date, daysBetween(fromDate, toDate)), toMinute), rrule };
  }
  const days = byDay[1]!.toUpperCase().split(',').map((day) => (day === fromCode ? toCode : day));
  const ordered = weekdayCodes.filter((code) => days.includes(code));
  return { start: joinLocalStart(first.date, toMinute), rrule: session.rrule.replace(`BYDAY=${byDay[1]}`, `BYDAY=${ordered.join(',')}`) };
}
