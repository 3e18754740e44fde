import {
  addYears,
  birthdayAt,
  daysBetween,
  defaultIepAgeRules,
  transferOfRightsNoticeDue,
  type IepAgeRules,
} from './iepDates';
import type { PlanSnapshot } from './schema';

/**
 * The dates a case manager must act by, for one student: the annual review, the
 * re-evaluation, the next progress report, the IEP in which transition planning starts, and
 * the transfer-of-rights notice. Overdue ones come first, then the soonest.
 */
export const dueKinds = ['annualReview', 'reevaluation', 'progressReport', 'transition', 'transferOfRights'] as const;
export type DueKind = (typeof dueKinds)[number];

export const dueKindLabels: Record<DueKind, string> = {
  annualReview: 'Annual review',
  reevaluation: 'Re-evaluation',
  progressReport: 'Progress report',
  transition: 'Transition planning',
  transferOfRights: 'Transfer-of-rights notice',
};

export interface DueItem {
  readonly kind: DueKind;
  readonly label: string;
  /** `YYYY-MM-DD`. */
  readonly due: string;
  readonly overdue: boolean;
  /** Days from today to the due date; negative when overdue. */
  readonly daysLeft: number;
}

export function compareDue(a: DueItem, b: DueItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  return a.due.localeCompare(b.due) || dueKinds.indexOf(a.kind) - dueKinds.indexOf(b.kind);
}

/**
 * How far ahead an age milestone (transition, transfer of rights) is worth a line. They are
 * known from birth: a seven-year-old's "transfer-of-rights notice in 10 years" is noise in a
 * list of what to act on. Two years ahead, they reach the annual review that must plan them.
 */
export const milestoneHorizonDays = 730;

function item(kind: DueKind, due: string | null, today: string): DueItem | null {
  if (!due) return null;
  const daysLeft = daysBetween(today, due);
  if (daysLeft === null) return null;
  return { kind, label: dueKindLabels[kind], due, overdue: daysLeft < 0, daysLeft };
}

/** What is due for one plan, as of `today` in the school's time zone. */
export function dueItems(plan: PlanSnapshot, today: string, rules: IepAgeRules = defaultIepAgeRules): DueItem[] {
  const items: (DueItem | null)[] = [
    item('annualReview', plan.dates.annualReviewDue || null, today),
    item('reevaluation', plan.dates.reevaluationDue || null, today),
    // The next report not yet past; a report date already passed is not a task any more.
    item('progressReport', plan.progressReportDates.find((date) => date >= today) ?? null, today),
  ];
  const dob = plan.student.dateOfBirth;
  if (dob) {
    // Transition must be in the IEP in effect at the birthday, so the IEP written before it
    // is the deadline: one year before, unless transition is already written.
    const transitionWritten = plan.transition.educationGoal.trim() !== '' || plan.transition.employmentGoal.trim() !== '';
    const birthday = birthdayAt(dob, rules.transitionAge);
    if (!transitionWritten && birthday && birthday >= (addYears(today, -1) ?? today)) items.push(item('transition', addYears(birthday, -1), today));
    const notice = transferOfRightsNoticeDue(dob, rules);
    const majority = birthdayAt(dob, rules.majorityAge);
    if (!plan.transition.rightsInformed && majority && majority > today) items.push(item('transferOfRights', notice, today));
  }
  const soonEnough = (entry: DueItem) => (entry.kind !== 'transition' && entry.kind !== 'transferOfRights') || entry.daysLeft <= milestoneHorizonDays;
  return items.filter((entry): entry is DueItem => entry !== null).filter(soonEnough).sort(compareDue);
}
