import { Plus } from 'lucide-react';
import { assessmentParticipations, type AssessmentView, type PlanDoc } from '../../../shared/schema';
import { RemoveButton } from '../common/RemoveButton';
import { RichTextField } from '../fields/RichTextField';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { LiveText, SelectInput } from './controls';
import './iep.css';
import { assessmentParticipationLabels } from '../../i18n/vocabulary';

/** One card per state or district assessment, with what the law asks for its kind of participation. */
export function AssessmentsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  // Only ids and participation: each text field follows its own Y.Text.
  const items = useLive(() => plan.assessments.list().map(({ id, participation }) => ({ id, participation })), plan.assessments);
  return (
    <div className="iep-stack">
      {items.length === 0 && <p className="empty-note">No assessments yet. Add each state or district test the student takes this year.</p>}
      {items.map((item, index) => (
        <AssessmentCard key={item.id} plan={plan} id={item.id} participation={item.participation} index={index} />
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => plan.assessments.add({ participation: 'general' }, author)}>
          <Plus size={18} aria-hidden="true" />
          Add an assessment
        </button>
      )}
      <RichTextField
        fragment={plan.assessmentAccommodations.fragment()}
        commentRef={{ doc: 'plan', section: 'assessments', field: 'assessmentAccommodations' }}
        label="Notes on changes for tests (optional)"
        placeholder="e.g. Extended time (1.5×) and a slant board for written parts."
      />
    </div>
  );
}

function AssessmentCard({ plan, id, participation, index }: { plan: PlanDoc; id: string; participation: AssessmentView['participation']; index: number }) {
  const { canEdit } = useLiveDoc();
  const name = `assessment ${index + 1}`;
  return (
    <div className="iep-card" data-testid="assessment">
      <div className="iep-card__head">
        <h3 className="iep-subheading">Assessment {index + 1}</h3>
        {canEdit && <RemoveButton label={`Remove ${name}`} question={`Remove ${name}?`} onConfirm={() => plan.assessments.remove(id)} />}
      </div>
      <div className="iep-grid">
        <LiveText label="Which assessment" text={plan.assessments.text(id, 'name')} rows={1} placeholder="e.g. State reading test, grade 4" />
        <SelectInput
          label="How the student takes it"
          value={participation}
          options={assessmentParticipations}
          labels={assessmentParticipationLabels}
          onChange={(value) => plan.assessments.update(id, { participation: value })}
        />
      </div>
      {participation === 'with_accommodations' && <LiveText label="Which accommodations" text={plan.assessments.text(id, 'accommodations')} placeholder="e.g. Extended time, read-aloud for math" />}
      {participation === 'alternate' && (
        <>
          <LiveText label="Why the student cannot take the regular assessment" text={plan.assessments.text(id, 'whyNotRegular')} rows={3} />
          <LiveText label="Why the alternate assessment is appropriate" text={plan.assessments.text(id, 'whyAlternate')} rows={3} />
        </>
      )}
    </div>
  );
}
