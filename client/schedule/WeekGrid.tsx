import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import type { Occurrence } from '../../shared/scheduleRecurrence';
import { clockToMinute } from '../../shared/scheduleTime';
import type { ScheduleSettings } from '../../shared/schema';
import { conflictMarks } from './conflictMarks';
import { hourLabel } from './blockClock';
import { placeDay } from './placeDay';
import { SessionBlock } from './SessionBlock';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../i18n/dates';
import './weekGrid.css';

const pxPerMinute = 1.3;
/** Room above the first hour line, so its label is not cut by the row of day names. */
const topGapPx = 10;
/** The narrowest a day's column, or one lane of it, may be: a title and a time stay readable. */
const laneMinRem = 8;
/** The hour scale: "12 p.m." fits, with room to spare. */
const hoursColumn = '4.5rem';

export function WeekGrid({ workspaceId, days, occurrences, conflicts, settings, holidays }: { workspaceId: string; days: readonly string[]; occurrences: readonly Occurrence[]; conflicts: readonly ScheduleConflict[]; settings: ScheduleSettings; holidays: Readonly<Record<string, string>> }) {
  const { t } = useTranslation();
  const shown = occurrences.filter((o) => days.includes(o.date));
  const first = Math.min(clockToMinute(settings.dayStart), ...shown.map((o) => o.start));
  const last = Math.max(clockToMinute(settings.dayEnd), ...shown.map((o) => o.end));
  const top = Math.floor(first / 60) * 60;
  const bottom = Math.ceil(last / 60) * 60;
  const y = (minute: number) => topGapPx + (minute - top) * pxPerMinute;
  const height = y(bottom);
  const hours = Array.from({ length: (bottom - top) / 60 + 1 }, (_, i) => top + i * 60);
  const marked = conflictMarks(shown, conflicts, settings.travelBufferMinutes);
  const placedByDay = days.map((date) => placeDay(shown.filter((o) => o.date === date && o.kind !== 'bell')));
  // A day with sessions side by side is as many columns wide as it has lanes, so each of two
  // overlapping sessions gets a day's width to say what it is, not half of one.
  const columns = placedByDay.map((placed) => Math.max(1, ...placed.map((p) => p.lanes)));

  return (
    // A region that takes the focus: on a narrow screen the days scroll sideways inside it, and
    // the arrow keys scroll it only when it can be focused.
    <div className="week-grid" data-testid="week-grid" role="region" aria-label={t('schedule.weekGrid')} tabIndex={0} style={{ gridTemplateColumns: `${hoursColumn} ${columns.map((lanes) => `minmax(${laneMinRem * lanes}rem, ${lanes}fr)`).join(' ')}` }}>
      <div className="week-grid__corner" />
      {days.map((date) => (
        <div key={date} className="week-grid__day-name">
          {formatWeekday(date)}
          {holidays[date] && <span className="week-grid__holiday">{holidays[date]}</span>}
        </div>
      ))}
      <div className="week-grid__hours" style={{ height }}>
        {hours.slice(0, -1).map((minute) => (
          <span key={minute} style={{ top: y(minute) }}>{hourLabel(minute)}</span>
        ))}
      </div>
      {days.map((date, index) => (
        <div key={date} className={`week-grid__day${holidays[date] ? ' week-grid__day--holiday' : ''}`} style={{ height }}>
          {hours.map((minute) => <div key={minute} className="week-grid__line" style={{ top: y(minute) }} />)}
          {shown.filter((o) => o.date === date && o.kind === 'bell').map((o) => (
            <div key={o.key} className="week-grid__bell" style={{ top: y(o.start), height: (o.end - o.start) * pxPerMinute }} title={o.title}>{o.title}</div>
          ))}
          {placedByDay[index]!.map(({ occurrence: o, lane, lanes }) => (
            <SessionBlock
              key={o.key}
              workspaceId={workspaceId}
              occurrence={o}
              inConflict={marked.has(o.key)}
              top={y(o.start)}
              height={Math.max(22, (o.end - o.start) * pxPerMinute - 2)}
              lane={lane}
              lanes={lanes}
            />
          ))}
        </div>
      ))}
    </div>
  );
}
