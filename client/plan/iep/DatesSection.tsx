import { daysBetween } from '../../../shared/iepDates';
import type { PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { Computed, DateInput } from './controls';
import { formatDay } from './formatDay';
import { useIepRules } from './useIepRules';
import './iep.css';

function dueTone(due: string, today: string): 'late' | 'warn' | undefined {
  const days = due ? daysBetween(today, due) : null;
  if (days === null) return undefined;
  if (days < 0) return 'late';
  return days <= 30 ? 'warn' : undefined;
}

function dueWords(due: string, today: string): string {
  if (!due) return 'Set the dates above';
  const days = daysBetween(today, due) ?? 0;
  if (days < 0) return `${formatDay(due)} — overdue by ${-days} day${days === -1 ? '' : 's'}`;
  return `${formatDay(due)} — in ${days} day${days === 1 ? '' : 's'}`;
}

/** The dates the plan runs by. Review dates default to the latest the law allows. */
export function DatesSection({ plan }: { plan: PlanDoc }) {
  const { today } = useIepRules();
  const view = useLive(() => {
    const student = plan.student.get();
    return {
      dates: plan.dates.get(student.eligibilityDate),
      reports: plan.dates.progressReports(plan.goals.list().map((goal) => goal.progressSchedule)),
    };
  }, plan.dates, plan.student, plan.goals);
  const { dates, reports } = view;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <DateInput label="IEP meeting" value={dates.meetingDate} onCommit={(meetingDate) => plan.dates.update({ meetingDate })} />
        <DateInput label="Plan starts" value={dates.startDate} onCommit={(startDate) => plan.dates.update({ startDate })} />
        <DateInput label="Plan ends" value={dates.endDate} onCommit={(endDate) => plan.dates.update({ endDate })} />
        <DateInput
          label="Last evaluation"
          hint="Leave empty to use the date eligibility was determined."
          value={dates.lastEvaluationDate}
          onCommit={(lastEvaluationDate) => plan.dates.update({ lastEvaluationDate })}
        />
      </div>
      <div className="iep-grid">
        <Computed label="Annual review due by" value={dueWords(dates.annualReviewDue, today)} tone={dueTone(dates.annualReviewDue, today)} testId="annual-review-due" />
        <Computed label="Re-evaluation due by" value={dueWords(dates.reevaluationDue, today)} tone={dueTone(dates.reevaluationDue, today)} testId="reevaluation-due" />
        <Computed
          label="Progress reports due"
          value={reports.length > 0 ? reports.map(formatDay).join(', ') : 'From the goals’ reporting schedule, once the plan has start and end dates'}
        />
      </div>
      <div className="iep-grid">
        <DateInput
          label="Hold the annual review earlier (optional)"
          hint="At most one year after the meeting; a later date is read as the legal limit."
          value={dates.annualReviewDueEntered}
          onCommit={(annualReviewDue) => plan.dates.update({ annualReviewDue })}
        />
        <DateInput
          label="Re-evaluate earlier (optional)"
          hint="At most three years after the last evaluation."
          value={dates.reevaluationDueEntered}
          onCommit={(reevaluationDue) => plan.dates.update({ reevaluationDue })}
        />
      </div>
    </div>
  );
}
