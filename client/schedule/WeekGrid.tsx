import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import type { Occurrence } from '../../shared/scheduleRecurrence';
import { addDays, clockToMinute, formatClock } from '../../shared/scheduleTime';
import { isMeetingSession, type ScheduleSettings } from '../../shared/schema';
import { OccurrenceMeetingLink } from './OccurrenceMeetingLink';
import { placeDay } from './placeDay';
import { formatWeekday } from '../i18n/dates';

const pxPerMinute = 1.3;

/** "3–3:45 PM": short enough for a narrow block. */
function timeRange(start: number, end: number): string {
  const a = formatClock(start);
  const b = formatClock(end);
  const sameHalf = a.slice(-2) === b.slice(-2);
  return `${(sameHalf ? a.slice(0, -3) : a).replace(':00', '')}–${b.replace(':00', '')}`;
}

export function WeekGrid({ workspaceId, weekStart, occurrences, conflicts, settings, holidays }: { workspaceId: string; weekStart: string; occurrences: readonly Occurrence[]; conflicts: readonly ScheduleConflict[]; settings: ScheduleSettings; holidays: Readonly<Record<string, string>> }) {
  const hasWeekend = occurrences.some((o) => o.date >= addDays(weekStart, 5) && o.kind !== 'bell');
  const days = Array.from({ length: hasWeekend ? 7 : 5 }, (_, i) => addDays(weekStart, i));
  const shown = occurrences.filter((o) => days.includes(o.date));
  const first = Math.min(clockToMinute(settings.dayStart), ...shown.map((o) => o.start));
  const last = Math.max(clockToMinute(settings.dayEnd), ...shown.map((o) => o.end));
  const top = Math.floor(first / 60) * 60;
  const bottom = Math.ceil(last / 60) * 60;
  const hours = Array.from({ length: (bottom - top) / 60 + 1 }, (_, i) => top + i * 60);
  const inConflict = new Set(conflicts.filter((c) => !c.accepted && c.kind !== 'shortfall').flatMap((c) => c.sessionIds));

  return (
    <div className="week-grid" data-testid="week-grid" style={{ gridTemplateColumns: `4rem repeat(${days.length}, minmax(7rem, 1fr))` }}>
      <div className="week-grid__corner" />
      {days.map((date) => (
        <div key={date} className="week-grid__day-name">
          {formatWeekday(date)}
          {holidays[date] && <span className="week-grid__holiday">{holidays[date]}</span>}
        </div>
      ))}
      <div className="week-grid__hours" style={{ height: (bottom - top) * pxPerMinute }}>
        {hours.slice(0, -1).map((minute) => (
          <span key={minute} style={{ top: (minute - top) * pxPerMinute }}>{formatClock(minute).replace(':00', '')}</span>
        ))}
      </div>
      {days.map((date) => (
        <div key={date} className={`week-grid__day${holidays[date] ? ' week-grid__day--holiday' : ''}`} style={{ height: (bottom - top) * pxPerMinute }}>
          {hours.map((minute) => <div key={minute} className="week-grid__line" style={{ top: (minute - top) * pxPerMinute }} />)}
          {shown.filter((o) => o.date === date && o.kind === 'bell').map((o) => (
            <div key={o.key} className="week-grid__bell" style={{ top: (o.start - top) * pxPerMinute, height: (o.end - o.start) * pxPerMinute }} title={o.title}>{o.title}</div>
          ))}
          {placeDay(shown.filter((o) => o.date === date && o.kind !== 'bell')).map(({ occurrence: o, lane, lanes }) => (
            <div
              key={o.key}
              data-testid="session-block"
              data-session={o.sessionId}
              data-conflict={inConflict.has(o.sessionId) && o.cancelled === null ? 'true' : undefined}
              className={`session-block session-block--${o.kind === 'protected' ? 'protected' : o.setting}${isMeetingSession(o.kind) ? ' session-block--meeting' : ''}${o.cancelled ? ' session-block--cancelled' : ''}${inConflict.has(o.sessionId) && o.cancelled === null ? ' session-block--conflict' : ''}`}
              style={{ top: (o.start - top) * pxPerMinute, height: Math.max(22, (o.end - o.start) * pxPerMinute - 2), left: `calc(${(100 / lanes) * lane}% + 2px)`, width: `calc(${100 / lanes}% - 4px)` }}
            >
              {isMeetingSession(o.kind) && o.cancelled === null ? <OccurrenceMeetingLink workspaceId={workspaceId} occurrence={o} /> : <span className="session-block__title">{o.title}</span>}
              <span className="session-block__time">{timeRange(o.start, o.end)}</span>
              {o.cancelled && <span className="session-block__time">{o.cancelled}</span>}
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
