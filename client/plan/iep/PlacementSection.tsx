import { useMemo } from 'react';
import { placementFigures } from '../../../shared/placement';
import { placementCategories, type PlanDoc } from '../../../shared/schema';
import { RichTextField } from '../fields/RichTextField';
import { useLive } from '../live/useLive';
import { Computed, LiveText, SelectInput, ShortInput } from './controls';
import './iep.css';
import { placementCategoryLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * Participation with non-disabled peers (300.320(a)(5)). The minutes come from the services'
 * minutes and settings, so the figure cannot disagree with what the plan provides.
 */
export function PlacementSection({ plan }: { plan: PlanDoc }) {
  const { t } = useTranslation();
  const view = useLive(() => ({ placement: plan.placement.get(), services: plan.services.list() }), plan.placement, plan.services);
  const figures = placementFigures(view.services, view.placement.schoolWeekMinutes ?? undefined);
  const explanation = useMemo(() => plan.placement.explanationText(), [plan]);
  const { placement } = view;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <Computed label={t('planEdit.minutesOutside')} value={t('planEdit.minutesOf', { minutes: figures.minutesOutsideGeneralEducation, week: figures.schoolWeekMinutes })} />
        <Computed label={t('planEdit.timeInGeneral')} value={t('planEdit.percentOfWeek', { percent: figures.percentInGeneralEducation })} testId="percent-general-education" />
        <ShortInput
          label={t('planEdit.weekMinutes')}
          hint={t('planEdit.weekMinutesHint')}
          value={placement.schoolWeekMinutes === null ? '' : String(placement.schoolWeekMinutes)}
          placeholder={String(figures.schoolWeekMinutes)}
          onCommit={(value) => plan.placement.setSchoolWeekMinutes(value.trim() === '' ? null : Number(value))}
        />
      </div>
      {figures.servicesMissingMinutes > 0 && (
        <p className="iep-note" role="status">
          {t('planEdit.servicesWithoutMinutes', { count: figures.servicesMissingMinutes })}
        </p>
      )}
      <div className="iep-grid">
        <SelectInput
          label={t('planEdit.placement')}
          value={placement.category}
          options={placementCategories}
          labels={placementCategoryLabels}
          empty={t('planEdit.placementSuggested', { category: placementCategoryLabels[figures.suggestedCategory] })}
          onChange={(category) => plan.placement.setCategory(category)}
        />
      </div>
      <LiveText
        label={t('planEdit.whyApart')}
        hint={figures.minutesOutsideGeneralEducation === 0 ? t('planEdit.whyApartNone') : t('planEdit.whyApartRequired')}
        text={explanation}
        rows={3}
      />
      <RichTextField
        fragment={plan.participation.fragment()}
        commentRef={{ doc: 'plan', section: 'participation', field: 'participation' }}
        label={t('planEdit.participationNotes')}
        placeholder={t('planEdit.participationPlaceholder')}
      />
    </div>
  );
}
