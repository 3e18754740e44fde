import type * as Y from 'yjs';
import { annualReviewDue, isIsoDate, progressReportDates, reevaluationDue } from '../iepDates';
import { FieldsPart } from './fieldsPart';
import type { Writer } from './writer';

/**
 * The IEP's own dates. Meeting, start and end are entered; the annual review and
 * re-evaluation due dates default to the latest the law allows (one year after the meeting,
 * three years after the last evaluation) and may be set earlier, never later: a later value
 * is read as the legal limit, because a plan must not promise a review the law does not allow.
 * Progress report dates come from the goals' reporting schedules.
 */
export const planDatesKeys = {
  meetingDate: 'meetingDate',
  startDate: 'startDate',
  endDate: 'endDate',
  annualReviewDue: 'annualReviewDue',
  lastEvaluationDate: 'lastEvaluationDate',
  reevaluationDue: 'reevaluationDue',
} as const;

type DateKey = keyof typeof planDatesKeys;

export interface PlanDatesView {
  readonly meetingDate: string;
  readonly startDate: string;
  readonly endDate: string;
  /** As entered; '' when left to the default. */
  readonly annualReviewDueEntered: string;
  /** The date that applies: the entered one if not later than the limit, else the limit. */
  readonly annualReviewDue: string;
  readonly lastEvaluationDate: string;
  readonly reevaluationDueEntered: string;
  readonly reevaluationDue: string;
}

export type PlanDatesPatch = Partial<Record<DateKey, string>>;

const dateKeys: readonly DateKey[] = ['meetingDate', 'startDate', 'endDate', 'annualReviewDue', 'lastEvaluationDate', 'reevaluationDue'];

/** The entered date if it is within the limit, else the limit; '' without either. */
function withinLimit(entered: string, limit: string | null): string {
  if (!limit) return entered;
  return entered && entered <= limit ? entered : limit;
}

export class PlanDates {
  private readonly part: FieldsPart<DateKey, never, never>;

  constructor(writer: Writer, doc: Y.Doc, root: string) {
    this.part = new FieldsPart(writer, doc, root, []);
  }

  private date(key: DateKey): string {
    const value = this.part.readString(key);
    return isIsoDate(value) ? value : '';
  }

  /** `eligibilityDate` is the student record's, used when no later evaluation is recorded. */
  get(eligibilityDate = ''): PlanDatesView {
    const meetingDate = this.date('meetingDate');
    const lastEvaluationDate = this.date('lastEvaluationDate') || eligibilityDate;
    const annualReviewDueEntered = this.date('annualReviewDue');
    const reevaluationDueEntered = this.date('reevaluationDue');
    return {
      meetingDate,
      startDate: this.date('startDate'),
      endDate: this.date('endDate'),
      annualReviewDueEntered,
      annualReviewDue: withinLimit(annualReviewDueEntered, meetingDate ? annualReviewDue(meetingDate) : null),
      lastEvaluationDate,
      reevaluationDueEntered,
      reevaluationDue: withinLimit(reevaluationDueEntered, lastEvaluationDate ? reevaluationDue(lastEvaluationDate) : null),
    };
  }

  /** Dates progress reports are due, from the goals' schedules (`progressSchedule`). */
  progressReports(schedules: readonly string[]): string[] {
    return progressReportDates(this.date('startDate'), this.date('endDate'), schedules);
  }

  /** Sets dates; an empty string clears one. Anything that is not a real date is refused. */
  update(patch: PlanDatesPatch): boolean {
    const entries = dateKeys.filter((key) => patch[key] !== undefined).map((key) => [key, patch[key] ?? ''] as const);
    if (entries.some(([, value]) => value !== '' && !isIsoDate(value))) return false;
    this.part.batch(() => {
      for (const [key, value] of entries) this.part.setString(key, value);
    });
    return true;
  }

  observe(callback: Parameters<FieldsPart<DateKey, never, never>['observe']>[0]) {
    return this.part.observe(callback);
  }
}
