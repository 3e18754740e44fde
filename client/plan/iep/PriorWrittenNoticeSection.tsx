import { FilePenLine } from 'lucide-react';
import { useState } from 'react';
import { draftPriorWrittenNotice } from '../../../shared/priorNoticeDraft';
import { priorNoticeElements, type PlanDoc } from '../../../shared/schema';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { CheckInput, DateInput, LiveText, ShortInput } from './controls';
import { formatDay } from './formatDay';
import './iep.css';
import { priorNoticeElementLabels } from '../../i18n/vocabulary';

/**
 * Prior written notice (300.503): the seven elements, drafted from the team's decisions and
 * the plan, then edited together; drafting never overwrites what someone wrote.
 */
export function PriorWrittenNoticeSection({ plan }: { plan: PlanDoc }) {
  const { canEdit } = useLiveDoc();
  const status = useLive(() => {
    const { provided, providedDate, providedLanguage } = plan.priorWrittenNotice.get();
    return { provided, providedDate, providedLanguage };
  }, plan.priorWrittenNotice);
  const [drafted, setDrafted] = useState<string | null>(null);
  return (
    <div className="iep-stack">
      {canEdit && (
        <div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const filled = plan.priorWrittenNotice.fillEmpty(draftPriorWrittenNotice(plan.snapshot()));
              setDrafted(filled.length === 0 ? 'Every part already has text; nothing was replaced.' : `Drafted ${filled.length} part${filled.length === 1 ? '' : 's'} from the plan. Read and edit them below.`);
            }}
          >
            <FilePenLine size={18} aria-hidden="true" />
            Draft from the team’s decisions
          </button>
          {drafted && (
            <p className="iep-note" role="status">
              {drafted}
            </p>
          )}
        </div>
      )}
      {priorNoticeElements.map((element, index) => (
        <LiveText key={element} label={`${index + 1}. ${priorNoticeElementLabels[element]}`} text={plan.priorWrittenNotice.text(element)} rows={3} />
      ))}
      <h3 className="iep-subheading">Given to the family</h3>
      <div className="iep-grid">
        <CheckInput
          label="The notice was provided to the parents"
          checked={status.provided}
          onChange={(provided) => plan.priorWrittenNotice.markProvided(provided, status.providedDate, status.providedLanguage)}
        />
        <DateInput label="Date provided" value={status.providedDate} onCommit={(date) => plan.priorWrittenNotice.markProvided(status.provided, date, status.providedLanguage)} />
        <ShortInput
          label="Language it was provided in"
          value={status.providedLanguage}
          placeholder="e.g. Spanish"
          onCommit={(language) => plan.priorWrittenNotice.markProvided(status.provided, status.providedDate, language)}
        />
      </div>
      {status.provided && status.providedDate && <p className="iep-note">Provided on {formatDay(status.providedDate)}.</p>}
    </div>
  );
}
