import { useTranslation } from 'react-i18next';
import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import type { Occurrence } from '../../shared/scheduleRecurrence';
import { isMeetingSession, type ScheduleSettings } from '../../shared/schema';
import { formatWeekday } from '../i18n/dates';
import { rangeLabel } from './blockClock';
import { conflictMarks } from './conflictMarks';
import { OccurrenceMeetingLink } from './OccurrenceMeetingLink';
import { sessionLook } from './weekDays';
import './weekList.css';

interface Props {
  readonly workspaceId: string;
  /** The days the week shows (weekDays.ts). */
  readonly days: readonly string[];
  readonly occurrences: readonly Occurrence[];
  readonly conflicts: readonly ScheduleConflict[];
  readonly settings: ScheduleSettings;
  readonly holidays: Readonly<Record<string, string>>;
}

/** A row keeps its setting's colours from the grid (session-block--<look>), so the legend reads for both. */
function rowClass(o: Occurrence, inConflict: boolean): string {
  return ['week-list__session', `session-block--${sessionLook(o)}`, o.cancelled ? 'week-list__session--cancelled' : '', inConflict ? 'week-list__session--conflict' : ''].filter(Boolean).join(' ');
}

/**
 * The week as a list, day by day: each session's whole title, its time, where it happens and with
 * whom. What a phone shows first, where the grid has room for two days and cuts long titles, and
 * a touch screen has no tooltip to show the rest. The bell schedule is left out: it frames the
 * grid's school day, and a list has no day to frame.
 */
export function WeekList({ workspaceId, days, occurrences, conflicts, settings, holidays }: Props) {
  const { t } = useTranslation();
  const sessions = occurrences.filter((o) => o.kind !== 'bell' && days.includes(o.date));
  const marked = conflictMarks(sessions, conflicts, settings.travelBufferMinutes);

  return (
    <ol className="week-list" data-testid="week-list">
      {days.map((date) => {
        const ofDay = sessions.filter((o) => o.date === date).sort((a, b) => a.start - b.start || a.end - b.end);
        return (
          <li key={date} className="week-list__day">
            <h3 className="week-list__date">
              {formatWeekday(date, 'full')}
              {holidays[date] && <span className="week-list__holiday">{holidays[date]}</span>}
            </h3>
            {ofDay.length === 0 ? (
              <p className="muted week-list__none">{t('schedule.nothingThatDay')}</p>
            ) : (
              <ul className="week-list__sessions">
                {ofDay.map((o) => {
                  const inConflict = marked.has(o.key);
                  return (
                    <li
                      key={o.key}
                      data-testid="week-list-session"
                      data-session={o.sessionId}
                      data-conflict={inConflict ? 'true' : undefined}
                      className={rowClass(o, inConflict)}
                    >
                      <span className="week-list__time">{rangeLabel(o.start, o.end)}</span>
                      <span className="week-list__what">
                        {isMeetingSession(o.kind) && o.cancelled === null ? (
                          <OccurrenceMeetingLink workspaceId={workspaceId} occurrence={o} />
                        ) : (
                          <span className="week-list__title">{o.title || t(`vocabulary.sessionKind.${o.kind}`)}</span>
                        )}
                        <span className="week-list__detail">
                          {[t(`schedule.${sessionLook(o)}`), o.providerName ? t('schedule.withProvider', { name: o.providerName }) : ''].filter(Boolean).join(' · ')}
                        </span>
                        {o.cancelled && <span className="week-list__detail">{o.cancelled}</span>}
                        {inConflict && <span className="week-list__conflict">{t('schedule.inConflict')}</span>}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
