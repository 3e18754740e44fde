import type { PlanDoc } from '../../../shared/schema';
import { RichTextField } from '../fields/RichTextField';
import './sections.css';
import { useTranslation } from 'react-i18next';

/** Parent input: the family's words, as a first-class section. */
export function ParentInputSection({ plan }: { plan: PlanDoc }) {
  const { t } = useTranslation();
  return (
    <RichTextField
      fragment={plan.parentInput.fragment()}
      commentRef={{ doc: 'plan', section: 'parentInput' }}
      label={t('planEdit.familySees')}
      hideLabel
      placeholder={t('planEdit.familySeesPlaceholder')}
    />
  );
}
