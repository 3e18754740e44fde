import { Check, Circle } from 'lucide-react';
import type { GoalView, PlanSnapshot } from '../../shared/schema';

import { RichText } from './RichText';
import { goalAreaLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { translatedRecord } from '../i18n/translatedRecord';
import { roleLabel, settingLabels } from '../plan/common/labels';

const goalStatusWords = translatedRecord<GoalView['status']>({
  draft: 'reader.draft',
  active: 'reader.active',
  met: 'reader.met',
  discontinued: 'reader.discontinued',
});

export function goalTitle(goal: GoalView): string {
  return i18n.t('reader.goalTitle', { area: goalAreaLabels[goal.area], target: goal.target || i18n.t('reader.noTarget') });
}

/** One annual goal as frozen in a version, every field labelled in plain words. */
export function GoalReader({ goal, plan }: { goal: GoalView; plan: PlanSnapshot }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('reader.workedOn'), goal.settings.map((setting) => settingLabels[setting]).join(', ')],
    [t('reader.responsible'), goal.responsibleRoles.map((role) => roleLabel(role)).join(', ')],
    [t('reader.baseline'), goal.baseline],
    [t('reader.target'), goal.target],
    [t('reader.measured'), goal.measurement],
    [t('reader.reported'), goal.progressSchedule],
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
            <dd>{value || <span className="reader__empty">{t('reader.notFilled')}</span>}</dd>
          </div>
        ))}
        <div className="reader__field">
          <dt>{t('reader.description')}</dt>
          <dd><RichText node={goal.description} headingLevel={5} empty={t('reader.noDescription')} /></dd>
        </div>
        <div className="reader__field">
          <dt>{t('reader.objectives')}</dt>
          <dd>
            {goal.objectives.length === 0 ? (
              <span className="reader__empty">{t('reader.none')}</span>
            ) : (
              <ul className="reader__objectives">
                {goal.objectives.map((objective) => (
                  <li key={objective.id}>
                    {objective.done ? <Check size={18} aria-hidden="true" /> : <Circle size={18} aria-hidden="true" />}
                    <span>
                      {objective.text || t('reader.objectiveWithoutText')}{' '}
                      <span className="reader__tag">{objective.done ? t('reader.done') : t('reader.notDone')}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div className="reader__field">
          <dt>{t('reader.linked')}</dt>
          <dd>
            {goal.links.length === 0 ? (
              <span className="reader__empty">{t('reader.none')}</span>
            ) : (
              <ul className="reader__list">
                {goal.links.map((link) => {
                  const other = plan.goals.find((g) => g.id === link.goalId);
                  return (
                    <li key={link.linkId}>
                      {other ? goalTitle(other) : t('reader.goneGoal')}
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
