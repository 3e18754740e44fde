import type { Setting } from '../../shared/roles';
import type { GoalMeasure } from '../../shared/schema';
import { settingOrder, settingNames } from './progressLabels';
import { SettingMark } from './SettingMark';

/** What the marks and lines mean, in words beside each. */
export function ChartLegend({ measure, present, hasTrend }: { measure: GoalMeasure; present: ReadonlySet<Setting>; hasTrend: boolean }) {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      {settingOrder.map((setting) => (
        <li key={setting} className={present.has(setting) ? '' : 'chart-legend__absent'}>
          <SettingMark setting={setting} />
          {settingNames[setting]}
          {!present.has(setting) && <span className="visually-hidden"> (no points yet)</span>}
        </li>
      ))}
      {hasTrend && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__trend" />
          </svg>
          Trend
        </li>
      )}
      {measure.baseline !== null && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__baseline" />
          </svg>
          Baseline
        </li>
      )}
      {measure.target !== null && (
        <li>
          <svg width="28" height="12" aria-hidden="true" focusable="false">
            <line x1="1" x2="27" y1="6" y2="6" className="chart-legend__target" />
          </svg>
          Target
        </li>
      )}
    </ul>
  );
}
