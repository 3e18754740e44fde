import { eligibilityCategories, type PlanDoc } from '../../../shared/schema';
import { planRoots } from '../../../shared/schema/planRoots';
import { shortValuePlace } from '../../../shared/schema/shortValueSuggestions';
import { ageOn } from '../../../shared/iepDates';
import { useLive } from '../live/useLive';
import { CheckInput, Computed, DateInput, ShortInput } from './controls';
import { useIepRules } from './useIepRules';
import './iep.css';
import { eligibilityCategoryLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Who the plan is for; age is worked out from the date of birth, never typed. */
export function StudentSection({ plan }: { plan: PlanDoc }) {
  const student = useLive(() => plan.student.get(), plan.student);
  const { today } = useIepRules();
  const { t } = useTranslation();
  // A member in suggesting mode proposes new words for these; the case manager accepts them.
  const suggestAt = (key: string) => shortValuePlace(plan.doc, planRoots.student, key);
  const age = student.dateOfBirth ? ageOn(student.dateOfBirth, today) : null;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <DateInput label={t('planEdit.dateOfBirth')} value={student.dateOfBirth} onCommit={(dateOfBirth) => plan.student.update({ dateOfBirth })} />
        <Computed label={t('planEdit.ageToday')} value={age === null ? t('planEdit.enterBirthDate') : t('planEdit.age', { count: age })} testId="student-age" />
        <ShortInput label={t('planEdit.grade')} value={student.grade} suggestAt={suggestAt('grade')} placeholder={t('planEdit.gradePlaceholder')} onCommit={(grade) => plan.student.update({ grade })} />
        <ShortInput label={t('planEdit.school')} value={student.school} suggestAt={suggestAt('school')} placeholder={t('planEdit.schoolPlaceholder')} onCommit={(school) => plan.student.update({ school })} />
        <DateInput label={t('planEdit.eligibilityDate')} value={student.eligibilityDate} onCommit={(eligibilityDate) => plan.student.update({ eligibilityDate })} />
        <ShortInput label={t('planEdit.homeLanguage')} value={student.homeLanguage} suggestAt={suggestAt('homeLanguage')} placeholder={t('planEdit.languagePlaceholder')} onCommit={(homeLanguage) => plan.student.update({ homeLanguage })} />
      </div>
      <fieldset className="iep-checks">
        <legend>{t('planEdit.eligibilityCategories')}</legend>
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
        <CheckInput label={t('planEdit.interpreterNeeded')} checked={student.interpreterNeeded} onChange={(needed) => plan.student.setInterpreterNeeded(needed)} />
        {student.interpreterNeeded && (
          <ShortInput label={t('planEdit.interpreterLanguageNeeded')} value={student.interpreterLanguage} suggestAt={suggestAt('interpreterLanguage')} onCommit={(interpreterLanguage) => plan.student.update({ interpreterLanguage })} />
        )}
      </div>
    </div>
  );
}
