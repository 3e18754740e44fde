import { Plus } from 'lucide-react';
import { attendeeRoles, coversFromMembers, participantCoverage, requiredParticipants, type MeetingDoc } from '../../shared/schema';
import { RemoveButton } from '../plan/common/RemoveButton';
import { CheckInput, DateInput, SelectInput, ShortInput } from '../plan/iep/controls';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import '../plan/iep/iep.css';
import './MeetingTeamPanel.css';
import type { MeetingMember } from './members';
import { coverageRows } from './coverageRows';
import { attendeeRoleLabels, requiredParticipantLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';

const stateWords = {
  present: 'meetingPage.coveragePresentBy',
  excused: 'meetingPage.coverageExcusedBy',
  expected: 'meetingPage.coverageExpected',
  absent: 'meetingPage.coverageAbsent',
  uncovered: 'meetingPage.coverageUncovered',
} as const;
/** Green once covered; red where the meeting would lack someone the law requires. */
const stateStyle = { present: 'present', excused: 'excused', expected: 'expected', absent: 'missing', uncovered: 'missing' } as const;

/**
 * The IEP team at this meeting (34 CFR 300.321): people who are not members (a district
 * representative, an interpreter, the student) by name and role, excusals with the parent's
 * written agreement, and whether each required participant is covered.
 */
export function MeetingTeamPanel({ meeting, members = [] }: { meeting: MeetingDoc; members?: readonly MeetingMember[] }) {
  const { canEdit, author } = useLiveDoc();
  const { t } = useTranslation();
  const guests = useLive(() => meeting.team.guests.list(), meeting.team.guests);
  const excusals = useLive(() => meeting.team.excusals.list(), meeting.team.excusals);
  const attendance = useLive(() => meeting.attendance.list(), meeting.attendance);
  // Each member covers what the case manager set for them, else what their role stands for.
  const coverage = coverageRows(participantCoverage(attendance, guests, excusals, coversFromMembers(members)), members, attendance);
  return (
    <div className="iep-stack">
      <ul className="iep-coverage-list" aria-label={t('meetingPage.requiredParticipants')}>
        {coverage.map((row) => (
          <li key={row.participant}>
            {requiredParticipantLabels[row.participant]}: <span className={`iep-state--${stateStyle[row.state]}`}>{t(stateWords[row.state], { names: row.names.join(', ') })}</span>
          </li>
        ))}
      </ul>
      <h3 className="iep-subheading">{t('meetingPage.others')}</h3>
      {guests.map((guest, index) => (
        <div key={guest.id} className="meeting-guest">
          <ShortInput label={t('meetingPage.guestName', { number: index + 1 })} value={guest.name} onCommit={(name) => meeting.team.guests.update(guest.id, { name })} />
          <SelectInput label={t('meetingPage.role')} value={guest.role} options={attendeeRoles} labels={attendeeRoleLabels} onChange={(role) => meeting.team.guests.update(guest.id, { role })} />
          {canEdit && <RemoveButton label={t('meetingPage.removeGuest', { number: index + 1 })} question={t('meetingPage.removeGuestQuestion', { name: guest.name || t('meetingPage.thisGuest') })} onConfirm={() => meeting.team.guests.remove(guest.id)} />}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => meeting.team.guests.add({ name: '', role: 'district_representative' }, author)}>
          <Plus size={18} aria-hidden="true" />
          {t('meetingPage.addPresent')}
        </button>
      )}
      <h3 className="iep-subheading">{t('meetingPage.excused')}</h3>
      {excusals.map((excusal, index) => (
        <div key={excusal.id} className="iep-card">
          <div className="iep-grid">
            <SelectInput
              label={t('meetingPage.excusalWho', { number: index + 1 })}
              value={excusal.participant}
              options={requiredParticipants}
              labels={requiredParticipantLabels}
              onChange={(participant) => meeting.team.excusals.update(excusal.id, { participant })}
            />
            <ShortInput label={t('meetingPage.name')} value={excusal.name} onCommit={(name) => meeting.team.excusals.update(excusal.id, { name })} />
            <DateInput label={t('meetingPage.agreementDate')} value={excusal.agreementDate} onCommit={(agreementDate) => meeting.team.excusals.update(excusal.id, { agreementDate })} />
          </div>
          <CheckInput label={t('meetingPage.agreedInWriting')} checked={excusal.parentAgreedInWriting} onChange={(value) => meeting.team.excusals.update(excusal.id, { parentAgreedInWriting: value })} />
          <CheckInput label={t('meetingPage.inputSubmitted')} checked={excusal.inputSubmitted} onChange={(value) => meeting.team.excusals.update(excusal.id, { inputSubmitted: value })} />
          {canEdit && <RemoveButton label={t('meetingPage.removeExcusal', { number: index + 1 })} question={t('meetingPage.removeExcusalQuestion')} onConfirm={() => meeting.team.excusals.remove(excusal.id)} />}
        </div>
      ))}
      {canEdit && (
        <button type="button" className="button button--secondary add-button" onClick={() => meeting.team.excusals.add({ participant: 'general_education_teacher' }, author)}>
          <Plus size={18} aria-hidden="true" />
          {t('meetingPage.recordExcusal')}
        </button>
      )}
    </div>
  );
}
