import { birthdayAt, transferOfRightsNoticeDue, transferOfRightsRequired, transitionRequired } from '../../../shared/iepDates';
import { transitionTextFields, type PlanDoc } from '../../../shared/schema';
import { useLive } from '../live/useLive';
import { CheckInput, Computed, DateInput, LiveText } from './controls';
import { formatDay } from './formatDay';
import { useIepRules } from './useIepRules';
import './iep.css';
import { transitionTextLabels } from '../../i18n/vocabulary';

/**
 * Transition (300.320(b)) and transfer of rights (300.320(c)). The section says whether the
 * law requires them in this plan, from the date of birth and the plan's dates.
 */
export function TransitionSection({ plan }: { plan: PlanDoc }) {
  const rules = useIepRules();
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
          label={`Transition planning (from age ${rules.transitionAge})`}
          value={!dateOfBirth ? 'Enter the date of birth' : required ? 'Required in this plan' : `Not required yet (turns ${rules.transitionAge} on ${formatDay(transitionBirthday ?? '')})`}
          tone={required ? 'warn' : undefined}
          testId="transition-required"
        />
        <Computed
          label={`Transfer of rights (age of majority ${rules.majorityAge})`}
          value={!dateOfBirth ? 'Enter the date of birth' : rightsRequired ? `Required: inform the student by ${formatDay(noticeDue ?? '')}` : `Not required yet (by ${formatDay(noticeDue ?? '')})`}
          tone={rightsRequired && !view.rightsInformed ? 'warn' : undefined}
        />
      </div>
      {transitionTextFields.map((field) => (
        <LiveText key={field} label={transitionTextLabels[field]} text={plan.transition.text(field)} rows={2} />
      ))}
      <CheckInput label="The student was invited to the meeting" checked={view.studentInvited} onChange={(invited) => plan.transition.setStudentInvited(invited)} />
      <h3 className="iep-subheading">Transfer of rights</h3>
      <div className="iep-grid">
        <CheckInput
          label="The student has been told which rights transfer at the age of majority"
          checked={view.rightsInformed}
          onChange={(informed) => plan.transition.setRightsInformed(informed)}
        />
        <DateInput label="Date the student was told" value={view.rightsInformedDate} onCommit={(date) => plan.transition.setRightsInformed(view.rightsInformed, date)} />
      </div>
    </div>
  );
}
