import type { CSSProperties } from 'react';
import type { DataPointView, GoalMeasure } from '../../shared/schema';
import { formatDay, formatValue, roleName, settingPlaces } from './progressLabels';
import { SettingMark } from './SettingMark';
import { useAuthorName } from '../identity/teamNames';
import { i18n } from '../i18n/i18n';

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
      // As properties, not `left` and `top`, so a phone's stylesheet can place the box itself.
      style={{ '--point-x': `${x}px`, '--point-y': `${y}px` } as CSSProperties}
      aria-hidden="true"
    >
      <p className="point-details__value">
        <SettingMark setting={point.setting} />
        <strong>{formatValue(measure, point.value)}</strong> {settingPlaces[point.setting]}
      </p>
      <p>{formatDay(point.date)}</p>
      <p className="point-details__who">
        {i18n.t('progress.pointWho', { name: nameOf(point.recordedBy), role: roleName(point.recordedBy.role).toLowerCase() })}
      </p>
      {point.note && <p className="point-details__note">“{point.note}”</p>}
    </div>
  );
}

/** The same details as one sentence, for the point's accessible name. */
export function pointDescription(point: DataPointView, measure: GoalMeasure, recordedBy: string): string {
  const note = point.note ? i18n.t('progress.pointNote', { note: point.note }) : '';
  return i18n.t('progress.pointSentence', { date: formatDay(point.date), value: formatValue(measure, point.value), place: settingPlaces[point.setting], name: recordedBy }) + note;
}
