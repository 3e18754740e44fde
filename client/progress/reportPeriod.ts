import { todayIn } from '../../shared/iepDates';

/** A calendar date `months` earlier, kept inside its month (31 May → 28 or 29 February). */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/**
 * The progress report's default period: the last three months (a common reporting cycle) up
 * to today at the student's school. Today is the school's day, not the reader's nor UTC's: the
 * server dates the report "Issued" in the same zone, so the two agree, and a US team working
 * in the evening does not get tomorrow (UTC's date) as the end of the period.
 */
export function defaultReportPeriod(timeZone: string, now: Date = new Date()): { from: string; to: string } {
  const to = todayIn(timeZone, now);
  return { from: monthsBefore(to, 3), to };
}
