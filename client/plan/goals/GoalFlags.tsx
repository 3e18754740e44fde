import { roles, type Role, type Setting } from '../../../shared/roles';
import { goalSettings, type GoalView, type PlanDoc } from '../../../shared/schema';
import { roleLabel, settingLabels } from '../common/labels';
import { useLiveDoc } from '../live/LiveDocContext';
import { useTranslation } from 'react-i18next';

/** Observers read and comment, interpreters translate; neither is ever responsible for a goal. */
const responsibleRoles: readonly Role[] = roles.filter((role) => role !== 'observer' && role !== 'interpreter');

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

/** Where a goal is worked on, and who is responsible for it. */
export function GoalFlags({ plan, goal, goalName }: { plan: PlanDoc; goal: GoalView; goalName: string }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  return (
    <div className="goal-card__flags">
      <fieldset className="goal-flags">
        <legend className="live-field__label">{t('planEdit.whereWeWork')}</legend>
        <div className="goal-flags__options">
          {goalSettings.map((setting: Setting) => (
            <label key={setting} className="live-check">
              <input
                type="checkbox"
                checked={goal.settings.includes(setting)}
                disabled={!canEdit}
                onChange={(event) => {
                  // From the document, not the last render: a colleague's tick a moment ago stays.
                  const current = plan.goals.get(goal.id)?.settings ?? [];
                  plan.goals.update(goal.id, { settings: toggled(current, setting, event.target.checked) });
                }}
              />
              {settingLabels[setting]}
              <span className="visually-hidden">{t('planEdit.forGoal', { goal: goalName })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="goal-flags">
        <legend className="live-field__label">{t('planEdit.whoResponsible')}</legend>
        <div className="goal-flags__options">
          {responsibleRoles.map((role) => (
            <label key={role} className="live-check">
              <input
                type="checkbox"
                checked={goal.responsibleRoles.includes(role)}
                disabled={!canEdit}
                onChange={(event) => {
                  const current = plan.goals.get(goal.id)?.responsibleRoles ?? [];
                  plan.goals.update(goal.id, { responsibleRoles: toggled(current, role, event.target.checked) });
                }}
              />
              {roleLabel(role)}
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
