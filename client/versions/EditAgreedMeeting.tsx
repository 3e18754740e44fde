import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary, VersionView } from '../../shared/api';
import { ProblemMessage } from '../components/ProblemMessage';
import { MeetingChoice, noMeetingValue } from './MeetingChoice';
import { setAgreedMeeting } from './versionsApi';

interface EditAgreedMeetingProps {
  workspaceId: string;
  version: VersionView;
  meetings: readonly MeetingSummary[];
  onUpdated: (version: VersionView) => void;
}

/** The case manager corrects which meeting agrees a proposed version; once agreed it is part of the record. */
export function EditAgreedMeeting({ workspaceId, version, meetings, onUpdated }: EditAgreedMeetingProps) {
  const { t } = useTranslation();
  const current = version.agreedAt?.meetingId ?? noMeetingValue;
  const [meetingId, setMeetingId] = useState(current);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      onUpdated(await setAgreedMeeting(workspaceId, version.id, meetingId === noMeetingValue ? null : meetingId));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="version-card__meeting">
      <MeetingChoice meetings={meetings} value={meetingId} onChange={setMeetingId} timeZone={version.timeZone} label={t('planRecord.meetingLabel')} />
      {meetingId !== current && (
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void save()}>
          {t('planRecord.saveMeeting')}
        </button>
      )}
      {error !== null && <ProblemMessage error={error} />}
    </div>
  );
}
