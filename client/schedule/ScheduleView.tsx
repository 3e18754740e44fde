import { CalendarDays, ChevronLeft, ChevronRight, List } from 'lucide-react';
import { useCallback, useState } from 'react';
import type * as Y from 'yjs';
import type { Role } from '../../shared/roles';
import { mayEnterKind, sessionKinds, type Author, type ScheduleSessionView } from '../../shared/schema';
import { addDays, todayIn } from '../../shared/scheduleTime';
import { AddSessionForm, addSessionFirstFieldId } from './AddSessionForm';
import { EmptyWeekNote } from './EmptyWeekNote';
import { ConflictList } from './ConflictList';
import { ScheduleLimitsForm } from './ScheduleLimitsForm';
import { can } from '../../shared/roles';
import { useScheduleWeek } from './useScheduleWeek';
import { WeekGrid } from './WeekGrid';
import { WeekList } from './WeekList';
import { weekDays } from './weekDays';
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

/** Where the week opens as a list: a phone's width shows two of the grid's days at a time. */
const listFirstBelow = '(max-width: 40rem)';

/** The child's week: sessions from every setting, conflicts as they appear, and where to move things. */
export function ScheduleView({ workspaceId, timeZone, role, canEdit, author, scheduleDoc, planDoc }: Props) {
  const { t } = useTranslation();
  const [weekDate, setWeekDate] = useState(() => todayIn(timeZone));
  const [view, setView] = useState<'grid' | 'list'>(() => (window.matchMedia(listFirstBelow).matches ? 'list' : 'grid'));
  const [draft, setDraft] = useState<ScheduleSessionView | null>(null);
  const onDraft = useCallback((next: ScheduleSessionView | null) => setDraft(next), []);
  const { snapshot, services, week, draftWeek } = useScheduleWeek(scheduleDoc, planDoc, weekDate, draft);
  const showsForm = canEdit && sessionKinds.some((kind) => mayEnterKind(role, kind));
  const days = weekDays(week.weekStart, week.occurrences);
  const weekProps = { workspaceId, days, occurrences: week.occurrences, conflicts: week.conflicts, settings: snapshot.settings, holidays: snapshot.holidays };
  // Bells only frame the school day: a week of bells alone has nothing on it yet.
  const nothingScheduled = !week.occurrences.some((o) => o.kind !== 'bell');

  return (
    <div className="schedule">
      <div className="schedule__bar">
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(addDays(week.weekStart, -7))} aria-label={t('schedule.previousWeek')}><ChevronLeft size={18} aria-hidden="true" /></button>
        <h2 className="schedule__week">{t('schedule.weekOf', { date: formatWeekday(week.weekStart) })}</h2>
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(addDays(week.weekStart, 7))} aria-label={t('schedule.nextWeek')}><ChevronRight size={18} aria-hidden="true" /></button>
        <button type="button" className="button button--quiet" onClick={() => setWeekDate(todayIn(timeZone))}>{t('schedule.thisWeek')}</button>
        <div className="week-views" role="group" aria-label={t('schedule.showAs')}>
          <button type="button" className="button button--quiet" aria-pressed={view === 'grid'} onClick={() => setView('grid')}><CalendarDays size={18} aria-hidden="true" />{t('schedule.asGrid')}</button>
          <button type="button" className="button button--quiet" aria-pressed={view === 'list'} onClick={() => setView('list')}><List size={18} aria-hidden="true" />{t('schedule.asList')}</button>
        </div>
        <ul className="schedule__legend" aria-label={t('schedule.legend')}>
          <li className="legend legend--school">{t('schedule.school')}</li>
          <li className="legend legend--clinic">{t('schedule.clinic')}</li>
          <li className="legend legend--home">{t('schedule.home')}</li>
          <li className="legend legend--protected">{t('schedule.protected')}</li>
        </ul>
        <span className="muted schedule__zone">{t('schedule.timesIn', { zone: timeZone.replace(/_/g, ' ') })}</span>
      </div>
      {/* The week, then what is wrong with it, then the forms: beside the week on a wide screen,
          below it on a narrow one, where conflicts come before the forms rather than after them. */}
      <div className={days.length === 7 ? 'schedule__body schedule__body--seven-days' : 'schedule__body'}>
        <div className="week-frame">
          {view === 'grid' ? <WeekGrid {...weekProps} /> : !nothingScheduled && <WeekList {...weekProps} />}
          {nothingScheduled && <EmptyWeekNote formFieldId={showsForm ? addSessionFirstFieldId : null} inline={view === 'list'} />}
        </div>
        <ConflictList workspaceId={workspaceId} role={role} canEdit={canEdit} conflicts={week.conflicts} sessions={snapshot.sessions} />
        {canEdit && <AddSessionForm workspaceId={workspaceId} role={role} author={author} weekStart={week.weekStart} services={services} draftConflicts={draftWeek?.conflicts ?? null} onDraft={onDraft} />}
        {canEdit && can(role, 'manageTeam') && <ScheduleLimitsForm workspaceId={workspaceId} settings={snapshot.settings} />}
      </div>
    </div>
  );
}
