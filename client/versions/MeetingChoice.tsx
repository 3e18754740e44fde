import { useId } from 'react';
import type { MeetingSummary } from '../../shared/api';
import { formatDayIn } from '../../shared/i18n/dates';
import { useLocale } from '../i18n/useLocale';
import { meetingTitleOf } from '../meetings/meetingTitle';

/** The value sent for "no meeting": the server takes `null` as none chosen on purpose. */
export const noMeetingValue = '';

interface MeetingChoiceProps {
  meetings: readonly MeetingSummary[];
  value: string;
  onChange: (meetingId: string) => void;
  timeZone: string;
  label: string;
  hint?: string;
}

/**
 * Which meeting agrees a version: the workspace's meetings, newest first, or none. Each is
 * named by its short date first, so a long title cut short at the box's end still leaves the
 * meetings told apart.
 */
export function MeetingChoice({ meetings, value, onChange, timeZone, label, hint }: MeetingChoiceProps) {
  const { t, language } = useLocale(timeZone);
  const id = useId();
  const ordered = [...meetings].sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>{label}</label>
      {hint && <p className="field__hint" id={`${id}-hint`}>{hint}</p>}
      <select id={id} className="text-input" value={value} onChange={(event) => onChange(event.target.value)} aria-describedby={hint ? `${id}-hint` : undefined} data-testid="agreed-meeting-choice">
        <option value={noMeetingValue}>{t('planRecord.noMeeting')}</option>
        {ordered.map((meeting) => (
          <option key={meeting.id} value={meeting.id}>
            {t('planRecord.meetingOption', { title: meetingTitleOf(meeting), date: formatDayIn(language, timeZone, meeting.startsAt) })}
          </option>
        ))}
      </select>
    </div>
  );
}
