import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSummary } from '../../shared/api';
import type { Occurrence } from '../../shared/scheduleRecurrence';
import { apiRequest } from '../api/http';
import { navigate } from '../routing/navigation';
import { paths } from '../../shared/routes';
import { useCalendarDay } from '../serviceLog/useCalendarDay';

/**
 * The title of a check-in or joint evaluation on the week, as the way into its meeting. Opens
 * one occurrence: the server makes its
 * meeting the first time (once, however many open it at once), then the meeting page opens.
 */
export function OccurrenceMeetingLink({ workspaceId, occurrence }: { workspaceId: string; occurrence: Occurrence }) {
  const { t } = useTranslation();
  const day = useCalendarDay();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const open = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const path = `/workspaces/${encodeURIComponent(workspaceId)}/schedule/sessions/${encodeURIComponent(occurrence.sessionId)}/occurrences/${occurrence.date}/meeting`;
      const { meeting } = await apiRequest<{ meeting: MeetingSummary }>('POST', path);
      navigate(paths.meeting(workspaceId, meeting.id));
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <button
      type="button"
      className="session-block__open"
      disabled={busy}
      data-testid="open-occurrence-meeting"
      aria-label={t('scheduleMore.occurrence.openLabel', { title: occurrence.title, date: day(occurrence.date) })}
      aria-invalid={failed || undefined}
      onClick={() => void open()}
    >
      {occurrence.title || t('scheduleMore.occurrence.open')}
    </button>
  );
}
