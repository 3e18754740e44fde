import { birthdayAt, transferOfRightsNoticeDue, transferOfRightsRequired, transitionRequired } from '../../../shared/iepDates';
import { transitionTextFields, type PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { CheckInput, Computed, DateInput, LiveText } from './controls';
import { formatDay } from '../../i18n/dates';
import { useIepRules } from './useIepRules';
import './iep.css';
import { transitionTextLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * Transition (300.320(b)) and transfer of rights (300.320(c)). The section says whether the
 * law requires them in this plan, from the date of birth and the plan's dates.
 */
export function TransitionSection({ plan }: { plan: PlanDoc }) {
  const rules = useIepRules();
  const { t } = useTranslation();
  const view = useLive(() => {
    const { dateOfBirth } = plan.student.get();
    const { startDate, endDate } = plan.dates.get();
    const { studentInvited, rightsInformed, rightsInformedDate } = plan.transition.get();
    return { dateOfBirth, startDate, endDate, studentInvited, rightsInformed, rightsInformedDate };
  }, plan.student, plan.dates, plan.transition);
  const { dateOfBirth, startDate, endDate } = view;
  const required = dateOfBirth !== '' && transitionRequired(dateOfBirth, startDate, endDate, rules);
  const rightsRequired = dateOfBirth !== '' && transferOfRightsRequired(dateOfBirth, startDate, endDate, rules);
  const transitionBirthday = dateOfBirth ? birthdayAt(dateOfBirth, rules.transitionAge) : null;
  const noticeDue = dateOfBirth ? transferOfRightsNoticeDue(dateOfBirth, rules) : null;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <Computed
          label={t('planEdit.transitionFrom', { age: rules.transitionAge })}
          value={!dateOfBirth ? t('planEdit.enterBirthDate') : required ? t('planEdit.requiredInPlan') : t('planEdit.transitionNotYet', { age: rules.transitionAge, date: formatDay(transitionBirthday ?? '') })}
          tone={required ? 'warn' : undefined}
          testId="transition-required"
        />
        <Computed
          label={t('planEdit.rightsAt', { age: rules.majorityAge })}
          value={!dateOfBirth ? t('planEdit.enterBirthDate') : rightsRequired ? t('planEdit.rightsRequired', { date: formatDay(noticeDue ?? '') }) : t('planEdit.rightsNotYet', { date: formatDay(noticeDue ?? '') })}
          tone={rightsRequired && !view.rightsInformed ? 'warn' : undefined}
        />
      </div>
      {transitionTextFields.map((field) => (
        <LiveText key={field} label={transitionTextLabels[field]} text={plan.transition.text(field)} rows={2} />
      ))}
      <CheckInput label={t('planEdit.studentInvited')} checked={view.studentInvited} onChange={(invited) => plan.transition.setStudentInvited(invited)} />
      <h3 className="iep-subheading">{t('planEdit.transferOfRights')}</h3>
      <div className="iep-grid">
        <CheckInput
          label={t('planEdit.rightsInformed')}
          checked={view.rightsInformed}
          onChange={(informed) => plan.transition.setRightsInformed(informed)}
        />
        <DateInput label={t('planEdit.rightsInformedDate')} value={view.rightsInformedDate} onCommit={(date) => plan.transition.setRightsInformed(view.rightsInformed, date)} />
      </div>
    </div>
  );
}
