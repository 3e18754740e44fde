import type { Setting } from '../../shared/roles';
import type { GoalMeasure } from '../../shared/schema';
import { settingOrder, settingNames } from './progressLabels';
import { SettingMark } from './SettingMark';
import { useTranslation } from 'react-i18next';

/** What the marks and lines mean, in words beside each. */
export function ChartLegend({ measure, present, hasTrend }: { measure: GoalMeasure; present: ReadonlySet<Setting>; hasTrend: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t('progress.chartKey')}>
      {settingOrder.map((setting) => (
        <li key={setting} className={present.has(setting) ? '' : 'chart-legend__absent'}>
          <SettingMark setting={setting} />
          {settingNames[setting]}
          {!present.has(setting) && <span className="visually-hidden">{t('progress.noPointsYetHidden')}</span>}
        </li>
      ))}
      {hasTrend && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__trend" />
          </svg>
          {t('progress.trend')}
        </li>
      )}
      {measure.baseline !== null && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__baseline" />
          </svg>
          {t('progress.baseline')}
        </li>
      )}
      {measure.target !== null && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__target" />
          </svg>
          {t('progress.target')}
        </li>
      )}
    </ul>
  );
}
