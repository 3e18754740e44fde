import { FilePenLine } from 'lucide-react';
import { useState } from 'react';
import { draftPriorWrittenNotice } from '../../../shared/priorNoticeDraft';
import { priorNoticeElements, type PlanDoc } from '../../../shared/schema';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { CheckInput, DateInput, LiveText, ShortInput } from './controls';
import { formatDay } from '../../i18n/dates';
import './iep.css';
import { priorNoticeElementLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

/**
 * Prior written notice (300.503): the seven elements, drafted from the team's decisions and
 * the plan, then edited together; drafting never overwrites what someone wrote.
 */
export function PriorWrittenNoticeSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const status = useLive(() => {
    const { provided, providedDate, providedLanguage } = plan.priorWrittenNotice.get();
    return { provided, providedDate, providedLanguage };
  }, plan.priorWrittenNotice);
  const [drafted, setDrafted] = useState<number | null>(null);
  return (
    <div className="iep-stack">
      {canEdit && (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const filled = plan.priorWrittenNotice.fillEmpty(draftPriorWrittenNotice(plan.snapshot()));
              setDrafted(filled.length);
            }}
          >
            <FilePenLine size={18} aria-hidden="true" />
            {t('planEdit.draftNotice')}
          </button>
          {drafted !== null && (
            <p className="iep-note" role="status">
              {drafted === 0 ? t('planEdit.nothingReplaced') : t('planEdit.drafted', { count: drafted })}
            </p>
          )}
        </div>
      )}
      {priorNoticeElements.map((element, index) => (
        <LiveText key={element} label={t('planEdit.numbered', { number: index + 1, label: priorNoticeElementLabels[element] })} text={plan.priorWrittenNotice.text(element)} rows={3} />
      ))}
      <h3 className="iep-subheading">{t('planEdit.givenToFamily')}</h3>
      <div className="iep-grid">
        <CheckInput
          label={t('planEdit.noticeProvided')}
          checked={status.provided}
          onChange={(provided) => plan.priorWrittenNotice.markProvided(provided, status.providedDate, status.providedLanguage)}
        />
        <DateInput label={t('planEdit.dateProvided')} value={status.providedDate} onCommit={(date) => plan.priorWrittenNotice.markProvided(status.provided, date, status.providedLanguage)} />
        <ShortInput
          label={t('planEdit.languageProvided')}
          value={status.providedLanguage}
          placeholder={t('planEdit.languagePlaceholder')}
          onCommit={(language) => plan.priorWrittenNotice.markProvided(status.provided, status.providedDate, language)}
        />
      </div>
      {status.provided && status.providedDate && <p className="iep-note">{t('planEdit.providedOn', { date: formatDay(status.providedDate) })}</p>}
    </div>
  );
}
