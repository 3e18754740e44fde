import { Plus } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { goalAreas, type GoalArea, type PlanDoc } from '../../../shared/schema';
import { useLiveDoc } from '../live/LiveDocContext';
import { useLive } from '../live/useLive';
import { holdTypedAhead } from '../fields/typeAhead';
import { GoalCard } from './GoalCard';
import './goals.css';
import { goalAreaLabels } from '../../i18n/vocabulary';
import { Trans, useTranslation } from 'react-i18next';

/** Goal cards in the team's order, and a way to add one. */
export function GoalsSection({ plan }: { plan: PlanDoc }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const goals = useLive(() => plan.goals.list(), plan.goals, plan.links);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  useGoalShortcut();

  return (
    <div className="goals">
      {goals.length === 0 && (
        <p className="empty-note">
          {t('planEdit.noGoals')}
        </p>
      )}
      {goals.length > 1 && (
        <p className="goals__shortcut" id="goal-shortcut-hint">
          <Trans i18nKey="planEdit.goalShortcut" components={{ kbd: <kbd /> }} />
        </p>
      )}
      {goals.length > 0 && (
        <ol className="goals__list">
          {goals.map((goal, index) => (
            <li key={goal.id}>
              <GoalCard plan={plan} goal={goal} index={index} allGoals={goals} isNew={goal.id === justAdded} />
            </li>
          ))}
        </ol>
      )}
      {canEdit && (
        <AddGoal
          onAdd={(area) => {
            const id = plan.goals.add({ area }, author);
            setJustAdded(id);
          }}
        />
      )}
    </div>
  );
}

/**
 * Alt+Page Down / Alt+Page Up from anywhere on the plan: to the next or previous goal's first
 * field, so a keyboard user walks goal by goal instead of tabbing through every control.
 */
function useGoalShortcut(): void {
  useEffect(() => {
    const handle = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || (event.key !== 'PageDown' && event.key !== 'PageUp')) return;
      const cards = [...document.querySelectorAll<HTMLElement>('article.goal-card')];
      if (cards.length === 0) return;
      event.preventDefault();
      const active = document.activeElement;
      const current = cards.findIndex((card) => card.contains(active));
      const viewTop = (card: HTMLElement) => card.getBoundingClientRect().top;
      // Outside any goal: the first goal below (or above) what is on screen.
      const next =
        current >= 0
          ? current + (event.key === 'PageDown' ? 1 : -1)
          : event.key === 'PageDown'
            ? Math.max(0, cards.findIndex((card) => viewTop(card) > 0))
            : cards.length - 1;
      const target = cards[Math.min(Math.max(next, 0), cards.length - 1)];
      const field = target?.querySelector<HTMLElement>('textarea, input:not([type=hidden]), [contenteditable=true], select, button');
      field?.focus();
      target?.scrollIntoView({ block: 'start' });
    };
    document.addEventListener('keydown', handle);
    return () => document.removeEventListener('keydown', handle);
  }, []);
}

function AddGoal({ onAdd }: { onAdd: (area: GoalArea) => void }) {
  const id = useId();
  const { t } = useTranslation();
  const [area, setArea] = useState<GoalArea>('writing');
  return (
    <form
      className="goals__add"
      onSubmit={(event) => {
        event.preventDefault();
        // The new goal's editor takes the focus once it exists; until then a key typed at once
        // must not press this button again and add a second goal, and its letters belong in
        // the new goal (typeAhead.ts).
        event.currentTarget.querySelector<HTMLButtonElement>('button[type=submit]')?.blur();
        holdTypedAhead();
        onAdd(area);
      }}
    >
      <label className="live-field__label" htmlFor={id}>
        {t('planEdit.newGoalArea')}
      </label>
      <div className="goals__add-row">
        <select
          id={id}
          className="text-input live-select"
          value={area}
          onChange={(event) => setArea(goalAreas.find((candidate) => candidate === event.target.value) ?? 'other')}
        >
          {goalAreas.map((candidate) => (
            <option key={candidate} value={candidate}>
              {goalAreaLabels[candidate]}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--primary">
          <Plus size={18} aria-hidden="true" />
          {t('planEdit.addGoal')}
        </button>
      </div>
    </form>
  );
}
