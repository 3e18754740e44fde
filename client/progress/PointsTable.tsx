import { Trash2 } from 'lucide-react';
import { ConfirmButton } from '../components/ConfirmButton';
import type { Author, DataPointView, GoalMeasure } from '../../shared/schema';
import { formatDay, formatValue, roleName, settingNames } from './progressLabels';
import { SettingMark } from './SettingMark';
import { useAuthorName } from '../identity/teamNames';
import './PointsTable.css';
import { useTranslation } from 'react-i18next';

interface PointsTableProps {
  measure: GoalMeasure;
  points: readonly DataPointView[];
  author: Author;
  canRecord: boolean;
  onRemove: (point: DataPointView) => void;
}

/**
 * The chart's numbers as a table: the text alternative for screen readers, and what a
 * therapist copies into a report. People may take back only points they recorded themselves.
 */
export function PointsTable({ measure, points, author, canRecord, onRemove }: PointsTableProps) {
  const removable = (point: DataPointView) => canRecord && point.recordedBy.userId === author.userId;
  const anyRemovable = points.some(removable);
  const nameOf = useAuthorName();
  const { t } = useTranslation();
  return (
    <details className="points-table">
      <summary>{t('progress.showNumbers', { count: points.length })}</summary>
      {points.length === 0 ? (
        <p className="points-table__empty">{t('progress.nothingRecorded')}</p>
      ) : (
        <div className="points-table__scroll" tabIndex={0} role="region" aria-label={t('progress.recordedPoints')}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('progress.day')}</th>
                <th scope="col">{t('progress.value')}</th>
                <th scope="col">{t('progress.where')}</th>
                <th scope="col">{t('progress.recordedBy')}</th>
                <th scope="col">{t('progress.note')}</th>
                {anyRemovable && <th scope="col"><span className="visually-hidden">{t('progress.actions')}</span></th>}
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.id}>
                  <td className="points-table__day">{formatDay(point.date)}</td>
                  <td className="points-table__value">{formatValue(measure, point.value)}</td>
                  <td>
                    <span className="points-table__setting">
                      <SettingMark setting={point.setting} />
                      {settingNames[point.setting]}
                    </span>
                  </td>
                  <td>
                    {nameOf(point.recordedBy)}
                    <span className="points-table__role">{roleName(point.recordedBy.role)}</span>
                  </td>
                  <td className="points-table__note">{point.note}</td>
                  {anyRemovable && (
                    <td>
                      {removable(point) && (
                        <ConfirmButton
                          question={t('progress.removePointQuestion', { value: formatValue(measure, point.value), date: formatDay(point.date) })}
                          confirmLabel={t('progress.remove')}
                          ariaLabel={t('progress.removePoint', { value: formatValue(measure, point.value), date: formatDay(point.date) })}
                          onConfirm={() => onRemove(point)}
                        >
                          <Trash2 size={18} aria-hidden="true" />
                          {t('progress.remove')}
                        </ConfirmButton>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </details>
  );
}
