import { Plus } from 'lucide-react';
import { contactMethods, type PlanDoc } from '../../../shared/schema';
import { RemoveButton } from '../common/RemoveButton';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { CheckInput, DateInput, LiveText, SelectInput, ShortInput } from './controls';
import './iep.css';
import { contactMethodLabels } from '../../i18n/vocabulary';

/** Parent participation (300.322): notice, attempts to reach the family, interpreter, copy received. */
export function ParentParticipationSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  const view = useLive(() => plan.parentParticipation.get(), plan.parentParticipation);
  const attempts = useLive(() => plan.parentContactAttempts.list().map(({ id, date, method }) => ({ id, date, method })), plan.parentContactAttempts);
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <DateInput label="Meeting notice sent" value={view.noticeSentDate} onCommit={(noticeSentDate) => plan.parentParticipation.update({ noticeSentDate })} />
        <SelectInput
          label="How the notice was sent"
          value={view.noticeMethod}
          options={contactMethods}
          labels={contactMethodLabels}
          onChange={(noticeMethod) => plan.parentParticipation.update({ noticeMethod })}
        />
        <DateInput label="Family received a copy of the plan" value={view.copyReceivedDate} onCommit={(copyReceivedDate) => plan.parentParticipation.update({ copyReceivedDate })} />
      </div>
      <div className="iep-grid">
        <CheckInput label="An interpreter was provided" checked={view.interpreterProvided} onChange={(provided) => plan.parentParticipation.setInterpreterProvided(provided)} />
        {view.interpreterProvided && (
          <ShortInput label="Interpreter’s language" value={view.interpreterLanguage} onCommit={(interpreterLanguage) => plan.parentParticipation.update({ interpreterLanguage })} />
        )}
      </div>
      <h3 className="iep-subheading">Attempts to reach the family</h3>
      {attempts.length === 0 && <p className="iep-note">None recorded. Record each call, letter or visit when a parent could not be reached.</p>}
      {attempts.map((attempt, index) => (
        <div key={attempt.id} className="iep-card">
          <div className="iep-grid">
            <DateInput label={`Attempt ${index + 1}: date`} value={attempt.date} onCommit={(date) => plan.parentContactAttempts.update(attempt.id, { date })} />
            <SelectInput label="How" value={attempt.method} options={contactMethods} labels={contactMethodLabels} onChange={(method) => plan.parentContactAttempts.update(attempt.id, { method })} />
            <LiveText label="What happened" text={plan.parentContactAttempts.text(attempt.id)} rows={1} />
          </div>
          {canEdit && (
            <RemoveButton label={`Remove attempt ${index + 1}`} question={`Remove attempt ${index + 1}?`} onConfirm={() => plan.parentContactAttempts.remove(attempt.id)} />
          )}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => plan.parentContactAttempts.add({}, author)}>
          <Plus size={18} aria-hidden="true" />
          Record an attempt
        </button>
      )}
    </div>
  );
}
