import { Flag } from 'lucide-react';
import type { SettingTrend } from '../../shared/progressTrend';
import type { GoalMeasure } from '../../shared/schema';
import { goalProgressElementId } from './GoalProgressCard';
import { formatShortDay, formatValue, settingNames, settingOrder } from './progressLabels';
import { goalHeading, mixedMessage } from './progressSentences';
import { SettingMark } from './SettingMark';
import { TrendWords } from './TrendWords';
import type { GoalProgress } from './useProgressData';
import './ProgressDashboard.css';
import { useTranslation } from 'react-i18next';

/** Goals the team should talk about first, then the plan's own order. */
export function dashboardOrder(goals: readonly GoalProgress[]): GoalProgress[] {
  return goals
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Number(b.entry.summary.mixed) - Number(a.entry.summary.mixed) || a.index - b.index)
    .map(({ entry }) => entry);
}

function SettingCell({ trend, measure, setting }: { trend: SettingTrend | undefined; measure: GoalMeasure; setting: keyof typeof settingNames }) {
  const { t } = useTranslation();
  return (
    <div className="dash-setting">
      <dt className="dash-setting__name">
        <SettingMark setting={setting} />
        {settingNames[setting]}
      </dt>
      <dd className="dash-setting__trend">
        {trend ? <TrendWords direction={trend.direction} /> : <span className="dash-setting__none">{t('progress.noPointsYet')}</span>}
      </dd>
      {trend?.latest && (
        <dd className="dash-setting__latest">
          {t('progress.latest', { value: formatValue(measure, trend.latest.value), date: formatShortDay(trend.latest.date) })}
        </dd>
      )}
    </div>
  );
}

/** Every goal at a glance: where it stands in each setting, and which ones need a talk. */
export function ProgressDashboard({ goals }: { goals: readonly GoalProgress[] }) {
  // Re-renders the generated sentences when the reader switches language.
  useTranslation();
  return (
    <ul className="dashboard">
      {dashboardOrder(goals).map(({ goal, measure, summary }) => {
        const heading = goalHeading(goal);
        const flag = mixedMessage(summary);
        return (
          <li key={goal.id} className={`dash-row ${flag ? 'dash-row--flagged' : ''}`}>
            <div className="dash-row__goal">
              <p className="dash-row__area">{heading.area}</p>
              <a className="dash-row__target" href={`#${goalProgressElementId(goal.id)}`}>
                {heading.target}
              </a>
              {flag && (
                <p className="progress-flag">
                  <Flag size={20} aria-hidden="true" />
                  {flag}
                </p>
              )}
            </div>
            <dl className="dash-row__settings">
              {settingOrder.map((setting) => (
                <SettingCell key={setting} setting={setting} measure={measure} trend={summary.bySetting.find((trend) => trend.setting === setting)} />
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
