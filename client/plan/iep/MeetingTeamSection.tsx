
import { AppLink } from '../../routing/AppLink';
import { paths } from '../../../shared/routes';
import type { TeamCoverage } from './useTeamCoverage';
import type { ApiData } from '../../api/useApiData';
import { formatDay } from '../../i18n/dates';
import './iep.css';
import { requiredParticipantLabels } from '../../i18n/vocabulary';
import { useTranslation } from 'react-i18next';
import { meetingTitleOf } from '../../meetings/meetingTitle';

const stateWords = { present: 'planEdit.coveragePresent', excused: 'planEdit.coverageExcused', missing: 'planEdit.coverageMissing' } as const;

/**
 * The team at each meeting (300.321): every required participant, covered or not. Guests who
 * are not members and excusals are recorded on the meeting's own page.
 */
export function MeetingTeamSection({ workspaceId, coverage }: { workspaceId: string; coverage: ApiData<TeamCoverage> }) {
  const { t } = useTranslation();
  if (coverage.status === 'loading') return <p className="iep-note">{t('planEdit.readingMeetings')}</p>;
  if (coverage.status === 'failed') return <p className="iep-note">{t('planEdit.meetingsFailed')}</p>;
  const { meetings } = coverage.data;
  if (meetings.length === 0) return <p className="empty-note">{t('planEdit.noMeetings')}</p>;
  return (
    <div className="iep-stack">
      {meetings.map(({ meeting, coverage: rows }) => (
        <div key={meeting.id} className="iep-card">
          <div className="iep-card__head">
            <h3 className="iep-subheading">
              {t('planEdit.meetingOn', { title: meetingTitleOf(meeting), date: formatDay(meeting.startsAt) })}
            </h3>
            <AppLink to={paths.meeting(workspaceId, meeting.id)}>{t('planEdit.openMeetingAttendance')}</AppLink>
          </div>
          <table className="iep-coverage">
            <caption className="visually-hidden">{t('planEdit.requiredAt', { title: meetingTitleOf(meeting) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planEdit.requiredParticipant')}</th>
                <th scope="col">{t('planEdit.covered')}</th>
                <th scope="col">{t('planEdit.coveredBy')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.participant}>
                  <td>{requiredParticipantLabels[row.participant]}</td>
                  <td className={`iep-state--${row.state}`}>{t(stateWords[row.state])}</td>
                  <td>{row.names.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
