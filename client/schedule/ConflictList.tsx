import { useState } from 'react';
import { mayMoveKind, type ScheduleSessionView } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import { joinLocalStart } from '../../shared/scheduleTime';
import { formatClock, formatWeekday } from '../i18n/dates';
import { ProblemMessage } from '../components/ProblemMessage';
import { acceptConflict, moveOccurrence } from './scheduleApi';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';
import { useConflictSentence } from './useConflictSentence';

const kindLabels = translatedRecord<ScheduleConflict['kind']>({
  overlap: 'schedule.overlap',
  travel: 'schedule.travel',
  protected: 'schedule.protectedKind',
  day_load: 'schedule.dayLoad',
  shortfall: 'schedule.shortfall',
});

interface Props {
  workspaceId: string;
  role: Role;
  canEdit: boolean;
  conflicts: readonly ScheduleConflict[];
  sessions: readonly ScheduleSessionView[];
}

/** Each conflict with who is involved, where the session could go instead, and "accept with a note". */
export function ConflictList({ workspaceId, role, canEdit, conflicts, sessions }: Props) {
  const { t } = useTranslation();
  const sentence = useConflictSentence();
  const open = conflicts.filter((c) => !c.accepted);
  const accepted = conflicts.filter((c) => c.accepted);
  return (
    <section className="card conflicts" aria-labelledby="conflicts-title" aria-live="polite">
      <h2 className="card__title" id="conflicts-title">{open.length === 0 ? t('schedule.noConflicts') : t('schedule.conflicts', { count: open.length })}</h2>
      {open.length === 0 && <p className="muted">{t('schedule.allFit')}</p>}
      <ul className="conflicts__list">
        {open.map((conflict) => (
          <ConflictItem key={conflict.key} {...{ workspaceId, role, canEdit, conflict, sessions }} />
        ))}
      </ul>
      {accepted.length > 0 && (
        <details className="conflicts__accepted">
          <summary>{t('schedule.acceptedCount', { count: accepted.length })}</summary>
          <ul>
            {accepted.map((c) => (
              <li key={c.key}>
                {sentence(c.text)} <span className="muted">{t('schedule.acceptedBy', { name: c.accepted!.acceptedBy.name, note: c.accepted!.note })}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ConflictItem({ workspaceId, role, canEdit, conflict, sessions }: Omit<Props, 'conflicts'> & { conflict: ScheduleConflict }) {
  const { t } = useTranslation();
  const sentence = useConflictSentence();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [accepting, setAccepting] = useState(false);
  const byId = new Map(sessions.map((s) => [s.id, s]));

  const run = async (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={`conflict conflict--${conflict.kind}`} data-testid="schedule-conflict" data-kind={conflict.kind}>
      <p className="conflict__kind">{kindLabels[conflict.kind]}</p>
      <p className="conflict__message">{sentence(conflict.text)}</p>
      {/* Minutes short of the plan in a week with none of its sessions involve nobody yet. */}
      {conflict.people.length > 0 && <p className="conflict__people">{t('schedule.involves', { people: conflict.people.join(', ') })}</p>}
      {conflict.suggestions.length > 0 && (
        <div className="conflict__suggestions">
          <p className="conflict__label">{conflict.kind === 'shortfall' ? t('schedule.freeForAnother') : t('schedule.freeSlots')}</p>
          <ul>
            {conflict.suggestions.map((slot) => {
              const session = byId.get(slot.sessionId);
              // A weekly session moves as a series: "Wednesdays, 4:15 PM" says so.
              const weekly = session && /FREQ=WEEKLY/.test(session.rrule) && !/INTERVAL=[2-9]/.test(session.rrule);
              const when = weekly
                ? t('schedule.everyWeekday', { day: formatWeekday(slot.date, 'long'), time: formatClock(slot.start) })
                : t('schedule.dayAt', { day: formatWeekday(slot.date), time: formatClock(slot.start) });
              const canMove = canEdit && session && mayMoveKind(role, session.kind);
              const from = conflict.date ?? slot.date;
              return (
                <li key={`${slot.sessionId}${slot.date}${slot.start}`}>
                  {canMove ? (
                    <button type="button" className="button button--secondary button--small" data-testid="suggestion-move" disabled={busy} onClick={() => void run(() => moveOccurrence(workspaceId, session.id, from, joinLocalStart(slot.date, slot.start)))}>
                      {t('schedule.move', { title: session.title, when })}
                    </button>
                  ) : (
                    <span className="conflict__slot">{session ? `${session.title}: ` : ''}{when}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {canEdit && (accepting ? (
        <form className="conflict__accept" onSubmit={(event) => { event.preventDefault(); void run(() => acceptConflict(workspaceId, conflict.key, note.trim())); }}>
          <label>
            {t('schedule.whyFine')}
            <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} required />
          </label>
          <button type="submit" className="button button--secondary button--small" disabled={busy || !note.trim()}>{t('schedule.accept')}</button>
          <button type="button" className="button button--quiet button--small" onClick={() => setAccepting(false)}>{t('schedule.cancel')}</button>
        </form>
      ) : (
        <button type="button" className="button button--quiet button--small" onClick={() => setAccepting(true)}>{t('schedule.acceptWithNote')}</button>
      ))}
      {error !== null && <ProblemMessage error={error} />}
    </li>
  );
}
