import { Plus } from 'lucide-react';
import { attendeeRoles, participantCoverage, requiredParticipants, type MeetingDoc } from '../../shared/schema';
import { RemoveButton } from '../plan/common/RemoveButton';
import { CheckInput, DateInput, SelectInput, ShortInput } from '../plan/iep/controls';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import '../plan/iep/iep.css';
import { attendeeRoleLabels, requiredParticipantLabels } from '../i18n/vocabulary';

const stateWords = { present: 'Present', excused: 'Excused in writing', missing: 'Not covered' } as const;

/**
 * The IEP team at this meeting (34 CFR 300.321): people who are not members (a district
 * representative, an interpreter, the student) by name and role, excusals with the parent's
 * written agreement, and whether each required participant is covered.
 */
export function MeetingTeamPanel({ meeting }: { meeting: MeetingDoc }) {
  const { canEdit, author } = useLiveDoc();
  const guests = useLive(() => meeting.team.guests.list(), meeting.team.guests);
  const excusals = useLive(() => meeting.team.excusals.list(), meeting.team.excusals);
  const attendance = useLive(() => meeting.attendance.list(), meeting.attendance);
  const coverage = participantCoverage(attendance, guests, excusals);
  return (
    <div className="iep-stack">
      <ul className="iep-coverage-list" aria-label="Required participants">
        {coverage.map((row) => (
          <li key={row.participant}>
            {requiredParticipantLabels[row.participant]}: <span className={`iep-state--${row.state}`}>{stateWords[row.state]}</span>
          </li>
        ))}
      </ul>
      <h3 className="iep-subheading">Others present who are not on the team</h3>
      {guests.map((guest, index) => (
        <div key={guest.id} className="iep-grid">
          <ShortInput label={`Guest ${index + 1}: name`} value={guest.name} onCommit={(name) => meeting.team.guests.update(guest.id, { name })} />
          <SelectInput label="Role" value={guest.role} options={attendeeRoles} labels={attendeeRoleLabels} onChange={(role) => meeting.team.guests.update(guest.id, { role })} />
          {canEdit && <RemoveButton label={`Remove guest ${index + 1}`} question={`Remove ${guest.name || 'this guest'}?`} onConfirm={() => meeting.team.guests.remove(guest.id)} />}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => meeting.team.guests.add({ name: '', role: 'district_representative' }, author)}>
          <Plus size={18} aria-hidden="true" />
          Add someone present
        </button>
      )}
      <h3 className="iep-subheading">Excused members</h3>
      {excusals.map((excusal, index) => (
        <div key={excusal.id} className="iep-card">
          <div className="iep-grid">
            <SelectInput
              label={`Excusal ${index + 1}: who is excused`}
              value={excusal.participant}
              options={requiredParticipants}
              labels={requiredParticipantLabels}
              onChange={(participant) => meeting.team.excusals.update(excusal.id, { participant })}
            />
            <ShortInput label="Name" value={excusal.name} onCommit={(name) => meeting.team.excusals.update(excusal.id, { name })} />
            <DateInput label="Date of the parent’s written agreement" value={excusal.agreementDate} onCommit={(agreementDate) => meeting.team.excusals.update(excusal.id, { agreementDate })} />
          </div>
          <CheckInput label="The parent agreed in writing" checked={excusal.parentAgreedInWriting} onChange={(value) => meeting.team.excusals.update(excusal.id, { parentAgreedInWriting: value })} />
          <CheckInput label="Written input was submitted before the meeting" checked={excusal.inputSubmitted} onChange={(value) => meeting.team.excusals.update(excusal.id, { inputSubmitted: value })} />
          {canEdit && <RemoveButton label={`Remove excusal ${index + 1}`} question="Remove this excusal?" onConfirm={() => meeting.team.excusals.remove(excusal.id)} />}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => meeting.team.excusals.add({ participant: 'general_education_teacher' }, author)}>
          <Plus size={18} aria-hidden="true" />
          Record an excusal
        </button>
      )}
    </div>
  );
}
