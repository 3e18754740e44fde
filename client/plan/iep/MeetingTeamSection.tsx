
import { AppLink } from '../../routing/AppLink';
import { paths } from '../../routing/route';
import type { TeamCoverage } from './useTeamCoverage';
import type { ApiData } from '../../api/useApiData';
import { formatDay } from './formatDay';
import './iep.css';
import { requiredParticipantLabels } from '../../i18n/vocabulary';

const stateWords = { present: 'Present', excused: 'Excused in writing', missing: 'Not covered' } as const;

/**
 * The team at each meeting (300.321): every required participant, covered or not. Guests who
 * are not members and excusals are recorded on the meeting's own page.
 */
export function MeetingTeamSection({ workspaceId, coverage }: { workspaceId: string; coverage: ApiData<TeamCoverage> }) {
  if (coverage.status === 'loading') return <p className="iep-note">Reading the meetings…</p>;
  if (coverage.status === 'failed') return <p className="iep-note">The meetings could not be read just now; this will try again.</p>;
  const { meetings } = coverage.data;
  if (meetings.length === 0) return <p className="empty-note">No meetings yet. Schedule one from the student’s page; attendance recorded there shows here.</p>;
  return (
    <div className="iep-stack">
      {meetings.map(({ meeting, coverage: rows }) => (
        <div key={meeting.id} className="iep-card">
          <div className="iep-card__head">
            <h3 className="iep-subheading">
              {meeting.title}, {formatDay(meeting.startsAt.slice(0, 10))}
            </h3>
            <AppLink to={paths.meeting(workspaceId, meeting.id)}>Open the meeting to record attendance</AppLink>
          </div>
          <table className="iep-coverage">
            <caption className="visually-hidden">Required participants at {meeting.title}</caption>
            <thead>
              <tr>
                <th scope="col">Required participant</th>
                <th scope="col">Covered</th>
                <th scope="col">By</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.participant}>
                  <td>{requiredParticipantLabels[row.participant]}</td>
                  <td className={`iep-state--${row.state}`}>{stateWords[row.state]}</td>
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
