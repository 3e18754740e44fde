import { attendanceModes, type AttendanceMode, type AttendanceView, type MeetingDoc } from '../../shared/schema';
import { roleLabel } from '../plan/common/labels';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import type { MeetingMember } from './members';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';

const modeLabels = translatedRecord<AttendanceMode>({
  in_person: 'meetingPage.inPerson',
  remote: 'meetingPage.remote',
  absent: 'meetingPage.absent',
});

/**
 * Who took part, and how (parents may join remotely; absences are recorded). Each member is a
 * radio group; "Not recorded" clears the record.
 */
export function AttendanceList({ meeting, members }: { meeting: MeetingDoc; members: readonly MeetingMember[] }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  const records = useLive(() => meeting.attendance.list(), meeting.attendance);
  const byUser = new Map(records.map((record) => [record.userId, record]));
  const former = records.filter((record) => !members.some((member) => member.userId === record.userId));
  const counts = attendanceModes.map((mode) => t('meetingPage.modeCount', { count: records.filter((record) => record.mode === mode).length, mode: modeLabels[mode].toLowerCase() }));

  return (
    <div className="attendance">
      <p className="meeting-list__summary">{counts.join(' · ')}</p>
      <ul className="attendance__list">
        {members.map((member) => (
          <AttendanceRow
            key={member.userId}
            userId={member.userId}
            name={member.displayName}
            roleText={roleLabel(member.role)}
            record={byUser.get(member.userId) ?? null}
            canEdit={canEdit}
            onMark={(mode) =>
              mode === null
                ? meeting.attendance.remove(member.userId)
                : meeting.attendance.mark({ userId: member.userId, name: member.displayName, role: member.role }, mode)
            }
          />
        ))}
        {former.map((record) => (
          <AttendanceRow
            key={record.userId}
            userId={record.userId}
            name={record.name || t('meetingPage.formerMember')}
            roleText={record.role ? t('meetingPage.formerRole', { role: roleLabel(record.role) }) : t('meetingPage.noLongerOnTeam')}
            record={record}
            canEdit={false}
            onMark={() => undefined}
          />
        ))}
      </ul>
    </div>
  );
}

interface AttendanceRowProps {
  readonly userId: string;
  readonly name: string;
  readonly roleText: string;
  readonly record: AttendanceView | null;
  readonly canEdit: boolean;
  readonly onMark: (mode: AttendanceMode | null) => void;
}

function AttendanceRow({ userId, name, roleText, record, canEdit, onMark }: AttendanceRowProps) {
  const { t } = useTranslation();
  const options: (AttendanceMode | null)[] = [...attendanceModes, null];
  return (
    <li className="attendance__row">
      <div className="attendance__who">
        <span className="attendance__name">{name}</span>
        <span className="attendance__role">{roleText}</span>
      </div>
      <fieldset className="attendance__modes">
        <legend className="visually-hidden">{t('meetingPage.howTookPart', { name })}</legend>
        {options.map((mode) => (
          <label key={mode ?? 'none'} className={`attendance__mode ${(record?.mode ?? null) === mode ? 'attendance__mode--on' : ''}`}>
            <input
              type="radio"
              name={`attendance-${userId}`}
              checked={(record?.mode ?? null) === mode}
              disabled={!canEdit}
              onChange={() => onMark(mode)}
            />
            {mode ? modeLabels[mode] : t('meetingPage.notRecorded')}
          </label>
        ))}
      </fieldset>
    </li>
  );
}
