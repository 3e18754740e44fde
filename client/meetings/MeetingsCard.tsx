import { CalendarPlus, Users } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import type { MeetingSummary } from '../../shared/api';
import { meetingKinds, type MeetingKind } from '../../shared/schema/vocabulary';
import { AppLink } from '../routing/AppLink';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { ProblemMessage } from '../components/ProblemMessage';
import { scheduleMeeting } from './meetingsApi';
import './MeetingsCard.css';
import { meetingKindLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';
import { formatMoment } from '../i18n/dates';
import { instantOfWallClock } from '../../shared/wallClock';
import { meetingTitleOf } from './meetingTitle';


/** The workspace's meetings, newest first, and a short form to schedule one (for roles that edit). */
export function MeetingsCard({ workspaceId, meetings, canSchedule, timeZone }: { workspaceId: string; meetings: readonly MeetingSummary[]; canSchedule: boolean; timeZone: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MeetingKind>('iep_meeting');
  const [startsAt, setStartsAt] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The field holds the team's wall clock (its zone is named beside it), not this device's.
      // Titled in the scheduler's language, like anything else the team writes.
      const meeting = await scheduleMeeting(workspaceId, { kind, title: meetingKindLabels[kind], startsAt: instantOfWallClock(startsAt, timeZone) });
      navigate(paths.meeting(workspaceId, meeting.id));
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="meetings-title" data-testid="meetings">
      <h2 className="card__title" id="meetings-title">{t('meetingPage.meetings')}</h2>
      <p className="muted">{t('meetingPage.meetingsLead')}</p>
      {meetings.length === 0 ? (
        <p className="meetings__empty">{t('meetingPage.noMeetings')}</p>
      ) : (
        <ul className="meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meetings__item">
              <Users size={22} aria-hidden="true" className="meetings__icon" />
              <div className="meetings__text">
                <AppLink to={paths.meeting(workspaceId, meeting.id)} className="meetings__title">
                  {meetingTitleOf(meeting)}
                </AppLink>
                <span className="meetings__when">
                  {meetingKindLabels[meeting.kind]} · <time dateTime={meeting.startsAt}>{formatMoment(meeting.startsAt)}</time>
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
              <span className="meetings__label">{t('meetingPage.kind')}</span>
              <select className="text-input" value={kind} onChange={(event) => setKind(event.target.value as MeetingKind)}>
                {meetingKinds.map((value) => (
                  <option key={value} value={value}>
                    {meetingKindLabels[value]}
                  </option>
                ))}
              </select>
            </label>
            <label className="meetings__field">
              <span className="meetings__label">{t('meetingPage.dateTime')}</span>
              <span className="muted">{t('meetingPage.dateTimeHint', { zone: timeZone.replace(/_/g, ' ') })}</span>
              <input className="text-input" type="datetime-local" required value={startsAt} onChange={(event) => setStartsAt(event.target.value)} />
            </label>
          </div>
          {error !== null && <ProblemMessage error={error} />}
          <button type="submit" className="button button--primary" disabled={busy}>
            <CalendarPlus size={18} aria-hidden="true" /> {t('meetingPage.schedule')}
          </button>
        </form>
      )}
    </section>
  );
}
