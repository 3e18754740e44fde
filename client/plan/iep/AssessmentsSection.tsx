import { Plus } from 'lucide-react';
import { assessmentParticipations, type AssessmentView, type PlanDoc } from '../../../shared/schema';
import { RemoveButton } from '../common/RemoveButton';
import { RichTextField } from '../fields/RichTextField';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { LiveText, SelectInput } from './controls';
import './iep.css';
import { assessmentParticipationLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** One card per state or district assessment, with what the law asks for its kind of participation. */
export function AssessmentsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  // Only ids and participation: each text field follows its own Y.Text.
  const items = useLive(() => plan.assessments.list().map(({ id, participation }) => ({ id, participation })), plan.assessments);
  return (
    <div className="iep-stack">
      {items.length === 0 && <p className="empty-note">{t('planEdit.noAssessments')}</p>}
      {items.map((item, index) => (
        <AssessmentCard key={item.id} plan={plan} id={item.id} participation={item.participation} index={index} />
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => plan.assessments.add({ participation: 'general' }, author)}>
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addAssessment')}
        </button>
      )}
      <RichTextField
        fragment={plan.assessmentAccommodations.fragment()}
        commentRef={{ doc: 'plan', section: 'assessments', field: 'assessmentAccommodations' }}
        label={t('planEdit.testChanges')}
        placeholder={t('planEdit.testChangesPlaceholder')}
      />
    </div>
  );
}

function AssessmentCard({ plan, id, participation, index }: { plan: PlanDoc; id: string; participation: AssessmentView['participation']; index: number }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const name = t('planEdit.assessmentItem', { number: index + 1 });
  return (
    <div className="iep-card" data-testid="assessment">
      <div className="iep-card__head">
        <h3 className="iep-subheading">{t('planEdit.assessment', { number: index + 1 })}</h3>
        {canEdit && <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => plan.assessments.remove(id)} />}
      </div>
      <div className="iep-grid">
        <LiveText label={t('planEdit.whichAssessment')} text={plan.assessments.text(id, 'name')} rows={1} placeholder={t('planEdit.whichAssessmentPlaceholder')} />
        <SelectInput
          label={t('planEdit.howTaken')}
          value={participation}
          options={assessmentParticipations}
          labels={assessmentParticipationLabels}
          onChange={(value) => plan.assessments.update(id, { participation: value })}
        />
      </div>
      {participation === 'with_accommodations' && <LiveText label={t('planEdit.whichAccommodations')} text={plan.assessments.text(id, 'accommodations')} placeholder={t('planEdit.whichAccommodationsPlaceholder')} />}
      {participation === 'alternate' && (
        <>
          <LiveText label={t('planEdit.whyNotRegular')} text={plan.assessments.text(id, 'whyNotRegular')} rows={3} />
          <LiveText label={t('planEdit.whyAlternate')} text={plan.assessments.text(id, 'whyAlternate')} rows={3} />
        </>
      )}
    </div>
  );
}
