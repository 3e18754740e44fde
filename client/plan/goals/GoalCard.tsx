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
import { goalAreaLabels } from '../../i18n/vocabulary';

interface GoalCardProps {
  readonly plan: PlanDoc;
  readonly goal: GoalView;
  readonly index: number;
  readonly allGoals: readonly GoalView[];
  /** Just added by this person: bring it into view and start in its description. */
  readonly isNew: boolean;
}

const textFields: { field: GoalTextField; label: string; hint: string }[] = [
  { field: 'baseline', label: 'Where the child is now', hint: 'The starting point, in numbers if you can.' },
  { field: 'target', label: 'Where we aim to be', hint: 'What success looks like in a year.' },
  { field: 'measurement', label: 'How we measure it', hint: 'Work samples, observation, timed trials…' },
  { field: 'progressSchedule', label: 'When the family hears about progress', hint: 'For example, every 9 weeks.' },
];

/** One goal, every field editable live by the whole team. */
export function GoalCard({ plan, goal, index, allGoals, isNew }: GoalCardProps) {
  const { canEdit } = useLiveDoc();
  const cardRef = useRef<HTMLElement>(null);
  const titleId = `${goalElementId(goal.id)}-title`;
  const name = `goal ${index + 1}`;
  // Looked up once per goal: the live types stay the same for the goal's whole life.
  const texts = useMemo(
    () => Object.fromEntries(textFields.map(({ field }) => [field, plan.goals.text(goal.id, field)])),
    [plan, goal.id],
  );
  const description = useMemo(() => plan.goals.fragment(goal.id, 'description'), [plan, goal.id]);

  useEffect(() => {
    if (isNew) cardRef.current?.scrollIntoView({ block: 'center' });
  }, [isNew]);

  return (
    <article ref={cardRef} id={goalElementId(goal.id)} className="goal-card" aria-labelledby={titleId}>
      <header className="goal-card__header">
        <div className="goal-card__heading">
          <h3 id={titleId} className="goal-card__title">
            Goal {index + 1}: {goalAreaLabels[goal.area]}
          </h3>
          <p className="goal-card__places">
            <span className="visually-hidden">Worked on at: </span>
            {goal.settings.map((setting) => (
              <SettingBadge key={setting} setting={setting} />
            ))}
            <span className={`goal-status goal-status--${goal.status}`}>{goalStatusLabels[goal.status]}</span>
          </p>
          <AuthorLine author={goal.createdBy} createdAt={goal.createdAt} />
        </div>
        <ItemCommentButton fieldRef={{ doc: 'plan', section: 'goals', itemId: goal.id }} label={name} />
        {canEdit && (
          <div className="goal-card__tools">
            <MoveButtons itemName={name} index={index} count={allGoals.length} onMove={(to) => plan.goals.move(goal.id, to)} />
            <RemoveButton
              label={`Remove ${name}`}
              question={`Remove goal ${index + 1} with its objectives and links?`}
              onConfirm={() => plan.goals.remove(goal.id)}
            />
          </div>
        )}
      </header>

      <div className="goal-card__row">
        <Field label="Area">
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
        <Field label="Status">
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
        label="The goal, in words"
        commentRef={{ doc: 'plan', section: 'goals', itemId: goal.id, field: 'description' }}
        placeholder="e.g. Sam will hold a pencil with a tripod grip to write a full sentence."
        autoFocus={isNew}
      />

      <div className="goal-card__grid">
        {textFields.map(({ field, label, hint }) => (
          <Field key={field} label={label} hint={hint}>
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
