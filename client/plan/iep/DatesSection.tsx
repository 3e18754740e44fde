import { daysBetween } from '../../../shared/iepDates';
import type { PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { Computed, DateInput } from './controls';
import { formatDay } from '../../i18n/dates';
import { useIepRules } from './useIepRules';
import './iep.css';
import { useTranslation } from 'react-i18next';
import { currentLanguage, i18n } from '../../i18n/i18n';
import { formatSpan } from '../../../shared/i18n/format';

function dueTone(due: string, today: string): 'late' | 'warn' | undefined {
  const days = due ? daysBetween(today, due) : null;
  if (days === null) return undefined;
  if (days < 0) return 'late';
  return days <= 30 ? 'warn' : undefined;
}

function dueWords(due: string, today: string): string {
  if (!due) return i18n.t('planEdit.setDatesAbove');
  const days = daysBetween(today, due) ?? 0;
  if (days < 0) return i18n.t('planEdit.overdueBy', { date: formatDay(due), span: formatSpan(currentLanguage(), days) });
  return i18n.t('planEdit.dueIn', { date: formatDay(due), span: formatSpan(currentLanguage(), days) });
}

/** The dates the plan runs by. Review dates default to the latest the law allows. */
export function DatesSection({ plan }: { plan: PlanDoc }) {
  const { today } = useIepRules();
  const { t } = useTranslation();
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
        <DateInput label={t('planEdit.meetingDate')} value={dates.meetingDate} onCommit={(meetingDate) => plan.dates.update({ meetingDate })} />
        <DateInput label={t('planEdit.startDate')} value={dates.startDate} onCommit={(startDate) => plan.dates.update({ startDate })} />
        <DateInput label={t('planEdit.endDate')} value={dates.endDate} onCommit={(endDate) => plan.dates.update({ endDate })} />
        <DateInput
          label={t('planEdit.lastEvaluation')}
          hint={t('planEdit.lastEvaluationHint')}
          value={dates.lastEvaluationDate}
          onCommit={(lastEvaluationDate) => plan.dates.update({ lastEvaluationDate })}
        />
      </div>
      <div className="iep-grid">
        <Computed label={t('planEdit.annualReviewDue')} value={dueWords(dates.annualReviewDue, today)} tone={dueTone(dates.annualReviewDue, today)} testId="annual-review-due" />
        <Computed label={t('planEdit.reevaluationDue')} value={dueWords(dates.reevaluationDue, today)} tone={dueTone(dates.reevaluationDue, today)} testId="reevaluation-due" />
        <Computed
          label={t('planEdit.reportsDue')}
          value={reports.length > 0 ? reports.map((day) => formatDay(day)).join(', ') : t('planEdit.reportsDueLater')}
        />
      </div>
      <div className="iep-grid">
        <DateInput
          label={t('planEdit.reviewEarlier')}
          hint={t('planEdit.reviewEarlierHint')}
          value={dates.annualReviewDueEntered}
          onCommit={(annualReviewDue) => plan.dates.update({ annualReviewDue })}
        />
        <DateInput
          label={t('planEdit.reevaluateEarlier')}
          hint={t('planEdit.reevaluateEarlierHint')}
          value={dates.reevaluationDueEntered}
          onCommit={(reevaluationDue) => plan.dates.update({ reevaluationDue })}
        />
      </div>
    </div>
  );
}
