import { meetingKinds, type MeetingDoc } from '../../shared/schema';
import { Field } from '../plan/fields/Field';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import { meetingKindLabels } from '../i18n/vocabulary';
import { useTranslation } from 'react-i18next';
import { instantOfWallClock, wallClockOf } from '../../shared/wallClock';
import { shownTimeZone } from '../i18n/dates';

/** What kind of meeting this is, and when. */
export function MeetingDetails({ meeting }: { meeting: MeetingDoc }) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  // Set and read on the team's clock, whatever this device's zone.
  const zone = shownTimeZone();
  const meta = useLive(() => meeting.meta.get(), meeting.meta);
  return (
    <div className="meeting-details">
      <Field label={t('meetingPage.kind')}>
        {({ id }) => (
          <select
            id={id}
            className="text-input live-select"
            value={meta.kind}
            disabled={!canEdit}
            onChange={(event) => {
              const kind = meetingKinds.find((candidate) => candidate === event.target.value);
              if (kind) meeting.meta.setKind(kind);
            }}
          >
            {meetingKinds.map((kind) => (
              <option key={kind} value={kind}>
                {meetingKindLabels[kind]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('meetingPage.dateTime')} hint={t('meetingPage.dateTimeHint', { zone: zone.replace(/_/g, ' ') })}>
        {({ id, describedBy }) => (
          <input
            id={id}
            type="datetime-local"
            className="text-input live-text meeting-details__when"
            aria-describedby={describedBy}
            value={wallClockOf(meta.startsAt, zone)}
            readOnly={!canEdit}
            onChange={(event) => meeting.meta.setStartsAt(instantOfWallClock(event.target.value, zone))}
          />
        )}
      </Field>
    </div>
  );
}
