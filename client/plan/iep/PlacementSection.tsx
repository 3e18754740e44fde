import { useMemo } from 'react';
import { placementFigures } from '../../../shared/placement';
import { placementCategories, type PlanDoc } from '../../../shared/schema';
import { RichTextField } from '../fields/RichTextField';
import { useLive } from '../live/useLive';
import { Computed, LiveText, SelectInput, ShortInput } from './controls';
import './iep.css';
import { placementCategoryLabels } from '../../i18n/vocabulary';

/**
 * Participation with non-disabled peers (300.320(a)(5)). The minutes come from the services'
 * minutes and settings, so the figure cannot disagree with what the plan provides.
 */
export function PlacementSection({ plan }: { plan: PlanDoc }) {
  const view = useLive(() => ({ placement: plan.placement.get(), services: plan.services.list() }), plan.placement, plan.services);
  const figures = placementFigures(view.services, view.placement.schoolWeekMinutes ?? undefined);
  const explanation = useMemo(() => plan.placement.explanationText(), [plan]);
  const { placement } = view;
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <Computed label="Minutes a week outside general education" value={`${figures.minutesOutsideGeneralEducation} of ${figures.schoolWeekMinutes}`} />
        <Computed label="Time in general education" value={`${figures.percentInGeneralEducation}% of the school week`} testId="percent-general-education" />
        <ShortInput
          label="Minutes in a school week"
          hint="Leave empty for the usual week."
          value={placement.schoolWeekMinutes === null ? '' : String(placement.schoolWeekMinutes)}
          placeholder={String(figures.schoolWeekMinutes)}
          onCommit={(value) => plan.placement.setSchoolWeekMinutes(value.trim() === '' ? null : Number(value))}
        />
      </div>
      {figures.servicesMissingMinutes > 0 && (
        <p className="iep-note" role="status">
          {figures.servicesMissingMinutes === 1 ? 'One service has' : `${figures.servicesMissingMinutes} services have`} no minutes or setting yet; add them under Services.
        </p>
      )}
      <div className="iep-grid">
        <SelectInput
          label="Placement"
          value={placement.category}
          options={placementCategories}
          labels={placementCategoryLabels}
          empty={`Choose (the minutes suggest: ${placementCategoryLabels[figures.suggestedCategory]})`}
          onChange={(category) => plan.placement.setCategory(category)}
        />
      </div>
      <LiveText
        label="Why the student is not with classmates without disabilities for that time"
        hint={figures.minutesOutsideGeneralEducation === 0 ? 'The student is in general education all week; nothing to explain.' : 'The law asks for this explanation.'}
        text={explanation}
        rows={3}
      />
      <RichTextField
        fragment={plan.participation.fragment()}
        commentRef={{ doc: 'plan', section: 'participation', field: 'participation' }}
        label="Notes on taking part with classmates (optional)"
        placeholder="e.g. Joins lunch, recess and assemblies with the class."
      />
    </div>
  );
}
