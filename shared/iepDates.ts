/**
 * The calendar rules of an IEP, on calendar dates (`YYYY-MM-DD`), never on instants: a due
 * date is a day in the school's calendar, and doing the arithmetic on local days keeps
 * "due 12 March" the same day in every time zone. Only "today" depends on a time zone, and
 * `todayIn` is the one place that asks.
 *
 * Rules (34 CFR): the annual review at most one year after the meeting (300.324(b)(1)), a
 * re-evaluation at least once every three years (300.303(b)(2)), transition content in the
 * IEP in effect when the child turns 16 or the state's younger age (300.320(b)), and the
 * transfer-of-rights statement at least one year before the age of majority (300.320(c)).
 */

export interface IepAgeRules {
  /** Age from which the IEP in effect must hold transition planning (default 16). */
  readonly transitionAge: number;
  /** Age of majority under state law (default 18). */
  readonly majorityAge: number;
}

export const defaultIepAgeRules: IepAgeRules = { transitionAge: 16, majorityAge: 18 };

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parse(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function format({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** True for a real calendar day written `YYYY-MM-DD` (no 30 February). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && parse(value) !== null;
}

/**
 * The same day `years` later. 29 February becomes 28 February in a common year: a deadline
 * of "at most one year" must never land after the anniversary, so it moves earlier, not to 1 March.
 */
export function addYears(date: string, years: number): string | null {
  const parsed = parse(date);
  if (!parsed) return null;
  const year = parsed.year + years;
  return format({ year, month: parsed.month, day: Math.min(parsed.day, daysInMonth(year, parsed.month)) });
}

export function addDays(date: string, days: number): string | null {
  const parsed = parse(date);
  if (!parsed) return null;
  const at = new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + days));
  return format({ year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | null {
  const a = parse(from);
  const b = parse(to);
  if (!a || !b) return null;
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** The calendar day it is at `now` in `timeZone` (an IANA name such as America/Chicago). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Age in whole years on `on`; a child born on 29 February turns a year older on 28 February in common years. */
export function ageOn(dateOfBirth: string, on: string): number | null {
  const birth = parse(dateOfBirth);
  const day = parse(on);
  if (!birth || !day || on < dateOfBirth) return null;
  let age = day.year - birth.year;
  const birthday = addYears(dateOfBirth, age);
  if (birthday !== null && birthday > on) age -= 1;
  return age;
}

/** The day the child reaches `age`. */
export function birthdayAt(dateOfBirth: string, age: number): string | null {
  return addYears(dateOfBirth, age);
}

/** The latest date the annual review may be held: one year after the meeting (300.324(b)(1)). */
export function annualReviewDue(meetingDate: string): string | null {
  return addYears(meetingDate, 1);
}

/** The latest date of the next re-evaluation: three years after the last evaluation (300.303(b)(2)). */
export function reevaluationDue(lastEvaluationDate: string): string | null {
  return addYears(lastEvaluationDate, 3);
}

/**
 * The last day an IEP is in effect: its end date, or the day before its first anniversary
 * when no end date is set (an IEP runs at most a year before it is reviewed).
 */
export function iepLastDay(startDate: string, endDate: string): string | null {
  if (isIsoDate(endDate)) return endDate;
  const anniversary = addYears(startDate, 1);
  return anniversary ? addDays(anniversary, -1) : null;
}

/**
 * Transition planning is required from the IEP in effect when the child turns `transitionAge`:
 * an IEP whose last day is on or after that birthday. An IEP that ends the day before does not.
 */
export function transitionRequired(dateOfBirth: string, startDate: string, endDate: string, rules: IepAgeRules = defaultIepAgeRules): boolean {
  const birthday = birthdayAt(dateOfBirth, rules.transitionAge);
  const lastDay = iepLastDay(startDate, endDate);
  return birthday !== null && lastDay !== null && lastDay >= birthday;
}

/** The date by which the child must be told of the transfer of rights: one year before majority. */
export function transferOfRightsNoticeDue(dateOfBirth: string, rules: IepAgeRules = defaultIepAgeRules): string | null {
  return birthdayAt(dateOfBirth, rules.majorityAge - 1);
}

/** The transfer-of-rights statement belongs in the IEP in effect one year before majority. */
export function transferOfRightsRequired(dateOfBirth: string, startDate: string, endDate: string, rules: IepAgeRules = defaultIepAgeRules): boolean {
  const due = transferOfRightsNoticeDue(dateOfBirth, rules);
  const lastDay = iepLastDay(startDate, endDate);
  return due !== null && lastDay !== null && lastDay >= due;
}

/** How often a goal's progress is reported, read from the words teams write ("quarterly", "every 6 weeks"). */
export function reportIntervalMonths(schedule: string): number | null {
  const text = schedule.toLowerCase();
  if (/month/.test(text) && !/\d/.test(text)) return 1;
  const weeks = /every\s+(\d{1,2})\s+weeks?/.exec(text);
  if (weeks) return Math.max(1, Math.round(Number(weeks[1]) / 4.345));
  const months = /every\s+(\d{1,2})\s+months?/.exec(text);
  if (months) return Math.max(1, Number(months[1]));
  if (/quarter|report card|term|9 weeks|nine weeks/.test(text)) return 3;
  if (/trimester/.test(text)) return 4;
  if (/semester|twice a year|two times a year/.test(text)) return 6;
  if (/annual|once a year|yearly/.test(text)) return 12;
  return null;
}

/**
 * Dates progress reports are due within the IEP's span: every interval after the start, up
 * to the last day, using the most frequent schedule among the goals (parents are owed the
 * most frequent report any goal promises).
 */
export function progressReportDates(startDate: string, endDate: string, schedules: readonly string[]): string[] {
  const intervals = schedules.map(reportIntervalMonths).filter((value): value is number => value !== null);
  const lastDay = iepLastDay(startDate, endDate);
  if (intervals.length === 0 || !isIsoDate(startDate) || lastDay === null) return [];
  const interval = Math.min(...intervals);
  const dates: string[] = [];
  const start = parse(startDate)!;
  for (let step = 1; step <= 24; step += 1) {
    const monthIndex = start.month - 1 + step * interval;
    const year = start.year + Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const date = format({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
    if (date > lastDay) break;
    dates.push(date);
  }
  return dates;
}
