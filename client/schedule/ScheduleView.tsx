import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import type { Author, ScheduleSessionView } from '../../shared/schema';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { AddSessionForm } from './AddSessionForm';
import { ConflictList } from './ConflictList';
import { ScheduleLimitsForm } from './ScheduleLimitsForm';
import { can } from '../../shared/roles';
import { useScheduleWeek } from './useScheduleWeek';
import { WeekGrid } from './WeekGrid';
import './schedule.css';
import { useTranslation } from 'react-i18next';
import { formatWeekday } from '../i18n/dates';

interface Props {
  workspaceId: string;
  timeZone: string;
  role: Role;
  canEdit: boolean;
  author: Author;
  scheduleDoc: Y.Doc;
  planDoc: Y.Doc;
}

/** The child's week: sessions from every setting, conflicts as they appear, and where to move things. */
export function ScheduleView({ workspaceId, timeZone, role, canEdit, author, scheduleDoc, planDoc }: Props) {
  const { t } = useTranslation();
  const [weekDate, setWeekDate] = useState(() => todayIn(timeZone));
  const [draft, setDraft] = useState<ScheduleSessionView | null>(null);
  const onDraft = useCallback((next: ScheduleSessionView | null) => setDraft(next), []);
  const { snapshot, services, week, draftWeek } = useScheduleWeek(scheduleDoc, planDoc, weekDate, draft);

  return (
    <div className="schedule">
      <div className="schedule__bar">
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(addDays(week.weekStart, -7))} aria-label={t('schedule.previousWeek')}><ChevronLeft size={18} aria-hidden="true" /></button>
        <h2 className="schedule__week">{t('schedule.weekOf', { date: formatWeekday(week.weekStart) })}</h2>
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(addDays(week.weekStart, 7))} aria-label={t('schedule.nextWeek')}><ChevronRight size={18} aria-hidden="true" /></button>
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(todayIn(timeZone))}>{t('schedule.thisWeek')}</button>
        <ul className="schedule__legend" aria-label={t('schedule.legend')}>
          <li className="legend legend--school">{t('schedule.school')}</li>
          <li className="legend legend--clinic">{t('schedule.clinic')}</li>
          <li className="legend legend--home">{t('schedule.home')}</li>
          <li className="legend legend--protected">{t('schedule.protected')}</li>
        </ul>
        <span className="muted schedule__zone">{t('schedule.timesIn', { zone: timeZone.replace(/_/g, ' ') })}</span>
      </div>
      <div className="schedule__body">
        <div className="schedule__main">
          <WeekGrid workspaceId={workspaceId} weekStart={week.weekStart} occurrences={week.occurrences} conflicts={week.conflicts} settings={snapshot.settings} holidays={snapshot.holidays} />
          {canEdit && <AddSessionForm workspaceId={workspaceId} role={role} author={author} weekStart={week.weekStart} services={services} draftConflicts={draftWeek?.conflicts ?? null} onDraft={onDraft} />}
          {canEdit && can(role, 'manageTeam') && <ScheduleLimitsForm workspaceId={workspaceId} settings={snapshot.settings} />}
        </div>
        <ConflictList workspaceId={workspaceId} role={role} canEdit={canEdit} conflicts={week.conflicts} sessions={snapshot.sessions} />
      </div>
    </div>
  );
}
