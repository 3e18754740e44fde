import { describe, expect, it } from 'vitest';
import { ruleFor } from '../../client/schedule/repeatRule';
import { movedSeries } from '../../shared/scheduleMove';
import { rruleProblem, sessionDates } from '../../shared/scheduleRecurrence';
import { formatWeekdayIn } from '../../shared/i18n/dates';

/** The dates a session chosen in the form ("every month" from `first`) falls on until `to`. */
function monthlyDates(first: string, to: string): string[] {
  return sessionDates({ start: `${first}T16:00`, rrule: ruleFor('monthly', first) }, first, to);
}

const weekdays = (dates: readonly string[]) => dates.map((date) => formatWeekdayIn('en', date, 'long').split(',')[0]);

describe('a session that repeats every month', () => {
  it('comes back on the same weekday of the month, not the same day number', () => {
    // Thursday 5 March 2026 is the first Thursday: next come the first Thursdays of April and May.
    const dates = monthlyDates('2026-03-05', '2026-06-01');
    expect(dates).toEqual(['2026-03-05', '2026-04-02', '2026-05-07']);
    expect(weekdays(dates)).toEqual(['Thursday', 'Thursday', 'Thursday']);
  });

  it('keeps to the last weekday of the month when the first date is in the month’s fifth week', () => {
    // Thursday 29 January 2026 is the last Thursday; February has only four (the last is the 26th).
    expect(monthlyDates('2026-01-29', '2026-05-01')).toEqual(['2026-01-29', '2026-02-26', '2026-03-26', '2026-04-30']);
  });

  it('keeps to the fourth weekday when the first date is the fourth, even if it is also the last', () => {
    // Tuesday 24 February 2026 is the fourth Tuesday; March has five, and the fourth is the 24th.
    expect(monthlyDates('2026-02-24', '2026-04-01')).toEqual(['2026-02-24', '2026-03-24']);
  });

  it('is a rule the server accepts', () => {
    for (const first of ['2026-03-05', '2026-01-29', '2026-02-24']) expect(rruleProblem(ruleFor('monthly', first))).toBeNull();
  });

  it('moves to the weekday an occurrence is moved to, in the same week of the month', () => {
    const session = { start: '2026-03-05T16:00', rrule: ruleFor('monthly', '2026-03-05') };
    // The April check-in moves from the first Thursday to the first Friday: so does the series.
    const moved = movedSeries(session, '2026-04-02', '2026-04-03', 17 * 60);
    expect(sessionDates(moved, '2026-04-01', '2026-07-01')).toEqual(['2026-04-03', '2026-05-01', '2026-06-05']);
  });
});
