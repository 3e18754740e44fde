import { Plus } from 'lucide-react';
import { useMemo, useState, type ReactNode } from 'react';
import type { Decisions, DecisionView } from '../../../shared/schema';
import { AuthorLine } from '../common/AuthorLine';
import { MoveButtons } from '../common/MoveButtons';
import { RemoveButton } from '../common/RemoveButton';
import { YTextInput } from '../fields/YTextInput';
import { liveItemAttributes } from '../live/useRemovedWhileTyping';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import './DecisionsList.css';
import { useTranslation } from 'react-i18next';

/** What the team agreed, in order: used by the plan and by each meeting. */
export function DecisionsList({ decisions, extra }: { decisions: Decisions; extra?: (decision: DecisionView) => ReactNode }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const list = useLive(() => decisions.list(), decisions);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  return (
    <div className="decisions">
      {list.length === 0 ? (
        <p className="empty-note">{t('planEdit.noDecisions')}</p>
      ) : (
        <ol className="decisions__list">
          {list.map((decision, index) => (
            <DecisionRow
              key={decision.id}
              decisions={decisions}
              decision={decision}
              index={index}
              count={list.length}
              autoFocus={decision.id === justAdded}
              extra={extra?.(decision)}
            />
          ))}
        </ol>
      )}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => setJustAdded(decisions.add({}, author))}>
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.recordDecision')}
        </button>
      )}
    </div>
  );
}

interface DecisionRowProps {
  readonly decisions: Decisions;
  readonly decision: DecisionView;
  readonly index: number;
  readonly count: number;
  readonly autoFocus: boolean;
  /** Links shown under the decision (which meeting agreed it, "add to the plan"). */
  readonly extra?: ReactNode;
}

function DecisionRow({ decisions, decision, index, count, autoFocus, extra }: DecisionRowProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const text = useMemo(() => decisions.text(decision.id), [decisions, decision.id]);
  const name = t('planEdit.decisionItem', { number: index + 1 });
  return (
    <li className="decision" {...liveItemAttributes(decision.id, name)}>
      <span className="decision__number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="decision__body">
        <YTextInput text={text} multiline rows={1} aria-label={t('planEdit.decision', { number: index + 1 })} placeholder={t('planEdit.decisionPlaceholder')} autoFocus={autoFocus} />
        <AuthorLine author={decision.createdBy} createdAt={decision.decidedAt} verb="recorded" />
        {extra}
      </div>
      {canEdit && (
        <div className="decision__tools">
          <MoveButtons itemName={name} index={index} count={count} onMove={(to) => decisions.move(decision.id, to)} />
          <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => decisions.remove(decision.id)} />
        </div>
      )}
    </li>
  );
}
