import type { DataPointView, GoalMeasure } from '../../shared/schema';
import { formatDay, formatValue, roleName, settingPlaces } from './progressLabels';
import { SettingMark } from './SettingMark';
import { useAuthorName } from '../identity/teamNames';

interface PointDetailsProps {
  point: DataPointView;
  measure: GoalMeasure;
  /** The point's position in the chart, in CSS pixels from the chart's top-left corner. */
  x: number;
  y: number;
  chartWidth: number;
}

const halfWidth = 130;

/**
 * What one point is: day, value, setting, who recorded it and their note. Shown beside the
 * point on hover or keyboard focus; screen readers get the same words from the point itself.
 */
export function PointDetails({ point, measure, x, y, chartWidth }: PointDetailsProps) {
  // Kept inside the chart near its edges, and below the point when it sits near the top.
  const align = x < halfWidth ? 'start' : x > chartWidth - halfWidth ? 'end' : 'middle';
  const below = y < 150;
  const nameOf = useAuthorName();
  return (
    <div
      className={`point-details point-details--${align} ${below ? 'point-details--below' : ''}`}
      style={{ left: x, top: y }}
      aria-hidden="true"
    >
      <p className="point-details__value">
        <SettingMark setting={point.setting} />
        <strong>{formatValue(measure, point.value)}</strong> {settingPlaces[point.setting]}
      </p>
      <p>{formatDay(point.date)}</p>
      <p className="point-details__who">
        {nameOf(point.recordedBy)}, {roleName(point.recordedBy.role).toLowerCase()}
      </p>
      {point.note && <p className="point-details__note">“{point.note}”</p>}
    </div>
  );
}

/** The same details as one sentence, for the point's accessible name. */
export function pointDescription(point: DataPointView, measure: GoalMeasure, recordedBy: string): string {
  const note = point.note ? ` Note: ${point.note}` : '';
  return `${formatDay(point.date)}: ${formatValue(measure, point.value)} ${settingPlaces[point.setting]}, recorded by ${recordedBy}.${note}`;
}
