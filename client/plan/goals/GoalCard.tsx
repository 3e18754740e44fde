import { useEffect, useMemo, useRef } from 'react';
import { goalAreas, goalStatuses, type GoalTextField, type GoalView, type PlanDoc } from '../../../shared/schema';
import { AuthorLine } from '../common/AuthorLine';
import { ItemCommentButton } from '../comments/ItemCommentButton';
import { goalStatusLabels } from '../common/labels';
import { MoveButtons } from '../common/MoveButtons';
import { RemoveButton } from '../common/RemoveButton';
import { SettingBadge } from '../common/SettingBadge';
import { Field } from '../fields/Field';
import { RichTextField } from '../fields/RichTextField';
import { YTextInput } from '../fields/YTextInput';
import { useLiveDoc } from '../live/LiveDocContext';
import { GoalFlags } from './GoalFlags';
import { GoalLinks } from './GoalLinks';
import { goalElementId } from './goalSummary';
import { ObjectivesList } from './ObjectivesList';
import { liveItemAttributes } from '../live/useRemovedWhileTyping';
import { SessionNotesLink } from '../../sessionNotes/SessionNotesLink';
import { goalAreaLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

interface GoalCardProps {
  readonly plan: PlanDoc;
  readonly goal: GoalView;
  readonly index: number;
  readonly allGoals: readonly GoalView[];
  /** Just added by this person: bring it into view and start in its description. */
  readonly isNew: boolean;
}

// Each field's label is planEdit.<field> and its hint planEdit.<field>Hint.
const textFields = ['baseline', 'target', 'measurement', 'progressSchedule'] as const satisfies readonly GoalTextField[];

/** One goal, every field editable live by the whole team. */
export function GoalCard({ plan, goal, index, allGoals, isNew }: GoalCardProps) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const cardRef = useRef<HTMLElement>(null);
  const titleId = `${goalElementId(goal.id)}-title`;
  const name = t('planEdit.goalItem', { number: index + 1 });
  // Looked up once per goal: the live types stay the same for the goal's whole life.
  const texts = useMemo(
    () => Object.fromEntries(textFields.map((field) => [field, plan.goals.text(goal.id, field)])),
    [plan, goal.id],
  );
  const description = useMemo(() => plan.goals.fragment(goal.id, 'description'), [plan, goal.id]);

  useEffect(() => {
    if (isNew) cardRef.current?.scrollIntoView({ block: 'center' });
  }, [isNew]);

  return (
    <article ref={cardRef} id={goalElementId(goal.id)} className="goal-card" aria-labelledby={titleId} {...liveItemAttributes(goal.id, name)}>
      <header className="goal-card__header">
        <div className="goal-card__heading">
          <h3 id={titleId} className="goal-card__title">
            {t('planEdit.goalHeading', { number: index + 1, area: goalAreaLabels[goal.area] })}
          </h3>
          <p className="goal-card__places">
            <span className="visually-hidden">{t('planEdit.workedOnAt')}</span>
            {goal.settings.map((setting) => (
              <SettingBadge key={setting} setting={setting} />
            ))}
            <span className={`goal-status goal-status--${goal.status}`}>{goalStatusLabels[goal.status]}</span>
          </p>
          <AuthorLine author={goal.createdBy} createdAt={goal.createdAt} />
        </div>
        <ItemCommentButton fieldRef={{ doc: 'plan', section: 'goals', itemId: goal.id }} label={name} />
        <SessionNotesLink kind="goal" id={goal.id} name={name} />
        {canEdit && (
          <div className="goal-card__tools">
            <MoveButtons itemName={name} index={index} count={allGoals.length} onMove={(to) => plan.goals.move(goal.id, to)} />
            <RemoveButton
              label={t('planEdit.removeItem', { item: name })}
              question={t('planEdit.removeGoalQuestion', { number: index + 1 })}
              onConfirm={() => plan.goals.remove(goal.id)}
            />
          </div>
        )}
      </header>

      <div className="goal-card__row">
        <Field label={t('planEdit.area')}>
          {({ id }) => (
            <select
              id={id}
              className="text-input live-select"
              value={goal.area}
              disabled={!canEdit}
              onChange={(event) => {
                const area = goalAreas.find((candidate) => candidate === event.target.value);
                if (area) plan.goals.update(goal.id, { area });
              }}
            >
              {goalAreas.map((area) => (
                <option key={area} value={area}>
                  {goalAreaLabels[area]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('planEdit.status')}>
          {({ id }) => (
            <select
              id={id}
              className="text-input live-select"
              value={goal.status}
              disabled={!canEdit}
              onChange={(event) => {
                const status = goalStatuses.find((candidate) => candidate === event.target.value);
                if (status) plan.goals.update(goal.id, { status });
              }}
            >
              {goalStatuses.map((status) => (
                <option key={status} value={status}>
                  {goalStatusLabels[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <RichTextField
        fragment={description}
        label={t('planEdit.goalInWords')}
        commentRef={{ doc: 'plan', section: 'goals', itemId: goal.id, field: 'description' }}
        placeholder={t('planEdit.goalPlaceholder')}
        autoFocus={isNew}
      />

      <div className="goal-card__grid">
        {textFields.map((field) => (
          <Field key={field} label={t(`planEdit.${field}`)} hint={t(`planEdit.${field}Hint`)}>
            {({ id, describedBy }) => <YTextInput id={id} aria-describedby={describedBy} text={texts[field] ?? null} multiline />}
          </Field>
        ))}
      </div>

      <GoalFlags plan={plan} goal={goal} goalName={name} />
      <ObjectivesList plan={plan} goal={goal} goalName={name} />
      <GoalLinks plan={plan} goal={goal} allGoals={allGoals} goalName={name} />
    </article>
  );
}
