import { Check, Circle } from 'lucide-react';
import type { GoalView, PlanSnapshot } from '../../shared/schema';

import { roleDefinitions } from '../../shared/roles';
import { RichText } from './RichText';
import { goalAreaLabels } from '../i18n/vocabulary';

const settingWords = { school: 'School', clinic: 'Clinic', home: 'Home' } as const;
const goalStatusWords: Record<GoalView['status'], string> = {
  draft: 'Draft',
  active: 'Active',
  met: 'Met',
  discontinued: 'Discontinued',
};

export function goalTitle(goal: GoalView): string {
  return `${goalAreaLabels[goal.area]}: ${goal.target || 'goal without a target yet'}`;
}

/** One annual goal as frozen in a version, every field labelled in plain words. */
export function GoalReader({ goal, plan }: { goal: GoalView; plan: PlanSnapshot }) {
  const rows: [string, string][] = [
    ['Where it is worked on', goal.settings.map((setting) => settingWords[setting]).join(', ')],
    ['Who is responsible', goal.responsibleRoles.map((role) => roleDefinitions[role].label).join(', ')],
    ['Baseline (where the child is now)', goal.baseline],
    ['Target', goal.target],
    ['How it is measured', goal.measurement],
    ['When progress is reported to parents', goal.progressSchedule],
  ];
  return (
    <article className="reader__item">
      <h4 className="reader__item-title">
        {goalAreaLabels[goal.area]} <span className="reader__tag">{goalStatusWords[goal.status]}</span>
      </h4>
      <dl className="reader__fields">
        {rows.map(([label, value]) => (
          <div key={label} className="reader__field">
            <dt>{label}</dt>
            <dd>{value || <span className="reader__empty">Not filled in</span>}</dd>
          </div>
        ))}
        <div className="reader__field">
          <dt>Description</dt>
          <dd><RichText node={goal.description} headingLevel={5} empty="No description." /></dd>
        </div>
        <div className="reader__field">
          <dt>Short-term objectives</dt>
          <dd>
            {goal.objectives.length === 0 ? (
              <span className="reader__empty">None</span>
            ) : (
              <ul className="reader__objectives">
                {goal.objectives.map((objective) => (
                  <li key={objective.id}>
                    {objective.done ? <Check size={18} aria-hidden="true" /> : <Circle size={18} aria-hidden="true" />}
                    <span>
                      {objective.text || 'Objective without text'}{' '}
                      <span className="reader__tag">{objective.done ? 'Done' : 'Not done yet'}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="reader__field">
          <dt>Linked goals in other settings</dt>
          <dd>
            {goal.links.length === 0 ? (
              <span className="reader__empty">None</span>
            ) : (
              <ul className="reader__list">
                {goal.links.map((link) => {
                  const other = plan.goals.find((g) => g.id === link.goalId);
                  return (
                    <li key={link.linkId}>
                      {other ? goalTitle(other) : 'A goal no longer in the plan'}
                      {link.note && <span className="reader__note"> ({link.note})</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </article>
  );
}
