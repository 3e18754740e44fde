import { Plus } from 'lucide-react';
import { contactMethods, type PlanDoc } from '../../../shared/schema';
import { planRoots } from '../../../shared/schema/planRoots';
import { shortValuePlace } from '../../../shared/schema/shortValueSuggestions';
import { RemoveButton } from '../common/RemoveButton';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { CheckInput, DateInput, LiveText, SelectInput, ShortInput } from './controls';
import './iep.css';
import { contactMethodLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/** Parent participation (300.322): notice, attempts to reach the family, interpreter, copy received. */
export function ParentParticipationSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const view = useLive(() => plan.parentParticipation.get(), plan.parentParticipation);
  const attempts = useLive(() => plan.parentContactAttempts.list().map(({ id, date, method }) => ({ id, date, method })), plan.parentContactAttempts);
  return (
    <div className="iep-stack">
      <div className="iep-grid">
        <DateInput label={t('planEdit.noticeSent')} value={view.noticeSentDate} onCommit={(noticeSentDate) => plan.parentParticipation.update({ noticeSentDate })} />
        <SelectInput
          label={t('planEdit.noticeMethod')}
          value={view.noticeMethod}
          options={contactMethods}
          labels={contactMethodLabels}
          onChange={(noticeMethod) => plan.parentParticipation.update({ noticeMethod })}
        />
        <DateInput label={t('planEdit.copyReceived')} value={view.copyReceivedDate} onCommit={(copyReceivedDate) => plan.parentParticipation.update({ copyReceivedDate })} />
      </div>
      <div className="iep-grid">
        <CheckInput label={t('planEdit.interpreterProvided')} checked={view.interpreterProvided} onChange={(provided) => plan.parentParticipation.setInterpreterProvided(provided)} />
        {view.interpreterProvided && (
          <ShortInput
            label={t('planEdit.interpreterLanguage')}
            value={view.interpreterLanguage}
            suggestAt={shortValuePlace(plan.doc, planRoots.parentParticipation, 'interpreterLanguage')}
            onCommit={(interpreterLanguage) => plan.parentParticipation.update({ interpreterLanguage })}
          />
        )}
      </div>
      <h3 className="iep-subheading">{t('planEdit.attempts')}</h3>
      {attempts.length === 0 && <p className="iep-note">{t('planEdit.noAttempts')}</p>}
      {attempts.map((attempt, index) => (
        <div key={attempt.id} className="iep-card">
          <div className="iep-grid">
            <DateInput label={t('planEdit.attemptDate', { number: index + 1 })} value={attempt.date} onCommit={(date) => plan.parentContactAttempts.update(attempt.id, { date })} />
            <SelectInput label={t('planEdit.attemptHow')} value={attempt.method} options={contactMethods} labels={contactMethodLabels} onChange={(method) => plan.parentContactAttempts.update(attempt.id, { method })} />
            <LiveText label={t('planEdit.attemptWhat')} text={plan.parentContactAttempts.text(attempt.id)} rows={1} />
          </div>
          {canEdit && (
            <RemoveButton label={t('planEdit.removeItem', { item: t('planEdit.attemptItem', { number: index + 1 }) })} question={t('planEdit.removeQuestion', { item: t('planEdit.attemptItem', { number: index + 1 }) })} onConfirm={() => plan.parentContactAttempts.remove(attempt.id)} />
          )}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => plan.parentContactAttempts.add({}, author)}>
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.recordAttempt')}
        </button>
      )}
    </div>
  );
}
