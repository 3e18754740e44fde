import { CalendarPlus, Users } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { MeetingSummary } from '../../shared/api';
import { meetingKinds, type MeetingKind } from '../../shared/schema';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../routing/route';
import { ProblemMessage } from '../components/ProblemMessage';
import { scheduleMeeting } from './meetingsApi';
import './MeetingsCard.css';
import { meetingKindLabels } from '../i18n/vocabulary';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The workspace's meetings, newest first, and a short form to schedule one (for roles that edit). */
export function MeetingsCard({ workspaceId, meetings, canSchedule }: { workspaceId: string; meetings: readonly MeetingSummary[]; canSchedule: boolean }) {
  const [kind, setKind] = useState<MeetingKind>('iep_meeting');
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // datetime-local has no zone: it is the person's local time, which Date reads as such.
      const meeting = await scheduleMeeting(workspaceId, { kind, startsAt: new Date(startsAt).toISOString() });
      navigate(paths.meeting(workspaceId, meeting.id));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="meetings-title" data-testid="meetings">
      <h2 className="card__title" id="meetings-title">Meetings</h2>
      <p className="muted">IEP meetings, joint evaluation sessions and check-ins: agenda, who came, notes, decisions and who does what next.</p>
      {meetings.length === 0 ? (
        <p className="meetings__empty">No meetings yet.</p>
      ) : (
        <ul className="meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meetings__item">
              <Users size={22} aria-hidden="true" className="meetings__icon" />
              <div className="meetings__text">
                <AppLink to={paths.meeting(workspaceId, meeting.id)} className="meetings__title">
                  {meeting.title}
                </AppLink>
                <span className="meetings__when">
                  {meetingKindLabels[meeting.kind]} · <time dateTime={meeting.startsAt}>{dateFormat.format(new Date(meeting.startsAt))}</time>
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {canSchedule && (
        <form className="meetings__form" onSubmit={(event) => void handleSubmit(event)}>
          <div className="meetings__fields">
            <label className="meetings__field">
              <span className="meetings__label">Kind of meeting</span>
              <select className="text-input" value={kind} onChange={(event) => setKind(event.target.value as MeetingKind)}>
                {meetingKinds.map((value) => (
                  <option key={value} value={value}>
                    {meetingKindLabels[value]}
                  </option>
                ))}
              </select>
            </label>
            <label className="meetings__field">
              <span className="meetings__label">Date and time</span>
              <input className="text-input" type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
            </label>
          </div>
          {error !== null && <ProblemMessage error={error} />}
          <button type="submit" className="button button--primary" disabled={busy}>
            <CalendarPlus size={18} aria-hidden="true" /> Schedule the meeting
          </button>
        </form>
      )}
    </section>
  );
}
