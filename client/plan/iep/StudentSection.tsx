import { eligibilityCategories, type PlanDoc } from '../../../shared/schema';
import { ageOn } from '../../../shared/iepDates';
import { useLive } from '../live/useLive';
import { CheckInput, Computed, DateInput, ShortInput } from './controls';
import { useIepRules } from './useIepRules';
import './iep.css';
import { eligibilityCategoryLabels } from '../../i18n/vocabulary';

/** Who the plan is for; age is worked out from the date of birth, never typed. */
export function StudentSection({ plan }: { plan: PlanDoc }) {
  const student = useLive(() => plan.student.get(), plan.student);
  const { today } = useIepRules();
  const age = student.dateOfBirth ? ageOn(student.dateOfBirth, today) : null;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <DateInput label="Date of birth" value={student.dateOfBirth} onCommit={(dateOfBirth) => plan.student.update({ dateOfBirth })} />
        <Computed label="Age today" value={age === null ? 'Enter the date of birth' : `${age} years`} testId="student-age" />
        <ShortInput label="Grade" value={student.grade} placeholder="e.g. 4" onCommit={(grade) => plan.student.update({ grade })} />
        <ShortInput label="School" value={student.school} placeholder="e.g. Lincoln Elementary" onCommit={(school) => plan.student.update({ school })} />
        <DateInput label="Date eligibility was determined" value={student.eligibilityDate} onCommit={(eligibilityDate) => plan.student.update({ eligibilityDate })} />
        <ShortInput label="Language of the home" value={student.homeLanguage} placeholder="e.g. Spanish" onCommit={(homeLanguage) => plan.student.update({ homeLanguage })} />
      </div>
      <fieldset className="iep-checks">
        <legend>Eligibility categories</legend>
        {eligibilityCategories.map((category) => (
          <CheckInput
            key={category}
            label={eligibilityCategoryLabels[category]}
            checked={student.eligibilityCategories.includes(category)}
            onChange={(checked) => plan.student.setCategory(category, checked)}
          />
        ))}
      </fieldset>
      <div className="iep-grid">
        <CheckInput label="The family needs an interpreter" checked={student.interpreterNeeded} onChange={(needed) => plan.student.setInterpreterNeeded(needed)} />
        {student.interpreterNeeded && (
          <ShortInput label="Interpreter language" value={student.interpreterLanguage} onCommit={(interpreterLanguage) => plan.student.update({ interpreterLanguage })} />
        )}
      </div>
    </div>
  );
}
