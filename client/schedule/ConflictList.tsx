import { useState } from 'react';
import { mayMoveKind, type ScheduleSessionView } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import { formatClock, formatDay, joinLocalStart, weekdayIndex, weekdayNames } from '../../shared/scheduleTime';
import { ProblemMessage } from '../components/ProblemMessage';
import { acceptConflict, moveOccurrence } from './scheduleApi';

const kindLabels: Record<ScheduleConflict['kind'], string> = {
  overlap: 'Overlap',
  travel: 'Travel time',
  protected: 'Protected instruction',
  day_load: 'Too much in one day',
  shortfall: 'Minutes short of the plan',
};

interface Props {
  workspaceId: string;
  role: Role;
  canEdit: boolean;
  conflicts: readonly ScheduleConflict[];
  sessions: readonly ScheduleSessionView[];
}

/** Each conflict with who is involved, where the session could go instead, and "accept with a note". */
export function ConflictList({ workspaceId, role, canEdit, conflicts, sessions }: Props) {
  const open = conflicts.filter((c) => !c.accepted);
  const accepted = conflicts.filter((c) => c.accepted);
  return (
    <section className="card conflicts" aria-labelledby="conflicts-title" aria-live="polite">
      <h2 className="card__title" id="conflicts-title">{open.length === 0 ? 'No conflicts this week' : `${open.length} ${open.length === 1 ? 'conflict' : 'conflicts'} this week`}</h2>
      {open.length === 0 && <p className="muted">Every session fits: no overlaps, enough travel time, no day over the limit.</p>}
      <ul className="conflicts__list">
        {open.map((conflict) => (
          <ConflictItem key={conflict.key} {...{ workspaceId, role, canEdit, conflict, sessions }} />
        ))}
      </ul>
      {accepted.length > 0 && (
        <details className="conflicts__accepted">
          <summary>{accepted.length} accepted by the team</summary>
          <ul>
            {accepted.map((c) => (
              <li key={c.key}>
                {c.message} <span className="muted">Accepted by {c.accepted!.acceptedBy.name}: “{c.accepted!.note}”</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function ConflictItem({ workspaceId, role, canEdit, conflict, sessions }: Omit<Props, 'conflicts'> & { conflict: ScheduleConflict }) {
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
      <p className="conflict__message">{conflict.message}</p>
      <p className="conflict__people">Involves {conflict.people.join(', ')}</p>
      {conflict.suggestions.length > 0 && (
        <div className="conflict__suggestions">
          <p className="conflict__label">{conflict.kind === 'shortfall' ? 'Free for another session:' : 'Free slots:'}</p>
          <ul>
            {conflict.suggestions.map((slot) => {
              const session = byId.get(slot.sessionId);
              // A weekly session moves as a series: "Wednesdays, 4:15 PM" says so.
              const weekly = session && /FREQ=WEEKLY/.test(session.rrule) && !/INTERVAL=[2-9]/.test(session.rrule);
              const when = weekly ? `${weekdayNames[weekdayIndex(slot.date)]}s, ${formatClock(slot.start)}` : `${formatDay(slot.date)}, ${formatClock(slot.start)}`;
              const canMove = canEdit && session && mayMoveKind(role, session.kind);
              const from = conflict.date ?? slot.date;
              return (
                <li key={`${slot.sessionId}${slot.date}${slot.start}`}>
                  {canMove ? (
                    <button type="button" className="button button--secondary button--small" data-testid="suggestion-move" disabled={busy} onClick={() => void run(() => moveOccurrence(workspaceId, session.id, from, joinLocalStart(slot.date, slot.start)))}>
                      Move {session.title} to {when}
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
            Why this is fine
            <input value={note} onChange={(event) => setNote(event.target.value)} maxLength={500} required />
          </label>
          <button type="submit" className="button button--secondary button--small" disabled={busy || !note.trim()}>Accept</button>
          <button type="button" className="button button--quiet button--small" onClick={() => setAccepting(false)}>Cancel</button>
        </form>
      ) : (
        <button type="button" className="button button--quiet button--small" onClick={() => setAccepting(true)}>Accept with a note…</button>
      ))}
      {error !== null && <ProblemMessage error={error} />}
    </li>
  );
}
