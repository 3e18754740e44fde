import { meetingKinds, type MeetingDoc } from '../../shared/schema';
import { Field } from '../plan/fields/Field';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import { meetingKindLabels } from '../i18n/vocabulary';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The stored ISO instant, as the local "YYYY-MM-DDTHH:mm" a datetime-local input shows. */
function toLocalInput(iso: string): string {
  const date = new Date(iso);
  if (iso === '' || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local input back to an ISO instant, so people in different time zones see the same moment. */
function fromLocalInput(value: string): string {
  const date = new Date(value);
  return value === '' || Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** What kind of meeting this is, and when. */
export function MeetingDetails({ meeting }: { meeting: MeetingDoc }) {
  const { canEdit } = useLiveDoc();
  const meta = useLive(() => meeting.meta.get(), meeting.meta);
  return (
    <div className="meeting-details">
      <Field label="Kind of meeting">
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
      <Field label="Date and time" hint="In your own time zone.">
        {({ id, describedBy }) => (
          <input
            id={id}
            type="datetime-local"
            className="text-input live-text meeting-details__when"
            aria-describedby={describedBy}
            value={toLocalInput(meta.startsAt)}
            readOnly={!canEdit}
            onChange={(event) => meeting.meta.setStartsAt(fromLocalInput(event.target.value))}
          />
        )}
      </Field>
    </div>
  );
}
