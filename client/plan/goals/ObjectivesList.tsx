import { Plus } from 'lucide-react';
import { useMemo, useState } from 'react';
import type { GoalView, ObjectiveView, PlanDoc } from '../../../shared/schema';
import { MoveButtons } from '../common/MoveButtons';
import { RemoveButton } from '../common/RemoveButton';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { liveItemAttributes } from '../live/useRemovedWhileTyping';
import { useTranslation } from 'react-i18next';

interface ObjectivesListProps {
  readonly plan: PlanDoc;
  readonly goal: GoalView;
  readonly goalName: string;
}

/** Short-term objectives: the steps on the way to a goal, ticked off as they are met. */
export function ObjectivesList({ plan, goal, goalName }: ObjectivesListProps) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const objectives = goal.objectives;
  const headingId = `${goal.id}-objectives`;

  return (
    // A group, not a section: every goal has one, and named sections would be landmarks of one name.
    <div className="objectives" role="group" aria-labelledby={headingId}>
      <h4 id={headingId} className="objectives__title">
        {t('planEdit.steps')} <span className="objectives__form-name">{t('planEdit.stepsFormName')}</span>
      </h4>
      {objectives.length === 0 && <p className="muted">{t('planEdit.noSteps')}</p>}
      {objectives.length > 0 && (
        <ol className="objectives__list">
          {objectives.map((objective, index) => (
            <ObjectiveRow
              key={objective.id}
              plan={plan}
              goalId={goal.id}
              objective={objective}
              index={index}
              count={objectives.length}
              name={t('planEdit.stepOf', { number: index + 1, goal: goalName })}
              autoFocus={objective.id === justAdded}
            />
          ))}
        </ol>
      )}
      {canEdit && (
        <button
          type="button"
          className="button button--quiet add-button"
          onClick={() => setJustAdded(plan.goals.objectives.add(goal.id, {}, author))}
        >
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addStep')}
          <span className="visually-hidden">{t('planEdit.toGoal', { goal: goalName })}</span>
        </button>
      )}
    </div>
  );
}

interface ObjectiveRowProps {
  readonly plan: PlanDoc;
  readonly goalId: string;
  readonly objective: ObjectiveView;
  readonly index: number;
  readonly count: number;
  readonly name: string;
  readonly autoFocus: boolean;
}

function ObjectiveRow({ plan, goalId, objective, index, count, name, autoFocus }: ObjectiveRowProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const text = useMemo(() => plan.goals.objectives.text(goalId, objective.id), [plan, goalId, objective.id]);
  return (
    <li className={`objective ${objective.done ? 'objective--done' : ''}`} {...liveItemAttributes(objective.id, name)}>
      <label className="live-check objective__done">
        <input
          type="checkbox"
          checked={objective.done}
          disabled={!canEdit}
          onChange={(event) => plan.goals.objectives.update(goalId, objective.id, { done: event.target.checked })}
        />
        <span className="objective__done-text">{objective.done ? t('planEdit.stepMet') : t('planEdit.stepNotYet')}</span>
        <span className="visually-hidden">: {name}</span>
      </label>
      <YTextInput
        text={text}
        multiline
        rows={1}
        aria-label={t('planEdit.step', { number: index + 1 })}
        placeholder={t('planEdit.stepPlaceholder')}
        autoFocus={autoFocus}
        className="objective__text"
      />
      {canEdit && (
        <span className="objective__tools">
          <MoveButtons itemName={name} index={index} count={count} onMove={(to) => plan.goals.objectives.move(goalId, objective.id, to)} />
          <RemoveButton label={t('planEdit.removeItem', { item: name })} question={t('planEdit.removeQuestion', { item: name })} onConfirm={() => plan.goals.objectives.remove(goalId, objective.id)} />
        </span>
      )}
    </li>
  );
}
