import { CalendarClock, Check } from 'lucide-react';
import { isKindTitle } from '../../shared/meetingTitle';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKinds, type MeetingDoc, type MeetingKind } from '../../shared/schema';
import { instantOfWallClock, wallClockOf } from '../../shared/wallClock';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatMoment, shownTimeZone } from '../i18n/dates';
import { meetingKindLabels } from '../i18n/vocabulary';
import { changeMeeting } from '../meetings/meetingsApi';
import { Field } from '../plan/fields/Field';
import { useLiveDoc } from '../plan/live/LiveDocContext';
import { useLive } from '../plan/live/useLive';
import './MeetingDetails.css';

/**
 * What kind of meeting this is, and when. Both are changed through the server, never written
 * into the page's document here: the meeting's record (the team's list of meetings, reminders,
 * calendars) must move with it, and a new time is announced to the whole team. The server
 * writes the change into the document, and every open page shows it.
 */
export function MeetingDetails({
  meeting,
  workspaceId,
  meetingId,
  recordTitle,
  onChanged,
}: {
  meeting: MeetingDoc;
  workspaceId: string;
  meetingId: string;
  /** The title in the meeting's record, for a meeting whose page does not hold one yet. */
  recordTitle: string;
  /** After a change this person made, so the page's own header can follow. */
  onChanged?: () => void;
}) {
  const { canEdit } = useLiveDoc();
  const { t } = useTranslation();
  // Set and read on the team's clock, whatever this device's zone.
  const zone = shownTimeZone();
  const meta = useLive(() => meeting.meta.get(), meeting.meta);
  const saved = wallClockOf(meta.startsAt, zone);
  // A title that is only the kind's name is no title of the team's: the kind stands in for it.
  const titleNow = meta.title || recordTitle;
  const savedTitle = isKindTitle(titleNow, meta.kind) ? '' : titleNow;
  const [titleDraft, setTitleDraft] = useState<string | null>(null);
  const renaming = titleDraft !== null && titleDraft.trim() !== savedTitle;
  // The time being chosen, until it is confirmed or put back; and a kind on its way.
  const [draft, setDraft] = useState<string | null>(null);
  const [pendingKind, setPendingKind] = useState<MeetingKind | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const moving = draft !== null && draft !== '' && draft !== saved;

  const send = async (change: { kind?: MeetingKind; startsAt?: string; title?: string }, done: () => void) => {
    setBusy(true);
    setError(null);
    try {
      await changeMeeting(workspaceId, meetingId, change);
      done();
      onChanged?.();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setPendingKind(null);
    }
  };

  return (
    <div className="meeting-details">
      <Field label={t('meetingPage.titleLabel')} hint={t('meetingPage.titleHint')} className="meeting-details__title">
        {({ id, describedBy }) => (
          <input
            id={id}
            className="text-input"
            aria-describedby={describedBy}
            value={titleDraft ?? savedTitle}
            placeholder={meetingKindLabels[meta.kind]}
            maxLength={120}
            readOnly={!canEdit}
            onChange={(event) => setTitleDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && renaming && !busy) void send({ title: titleDraft.trim() }, () => setTitleDraft(null));
              if (event.key === 'Escape') setTitleDraft(null);
            }}
          />
        )}
      </Field>
      {renaming && (
        <div className="meeting-details__move" role="group" aria-label={t('meetingPage.renameGroup')}>
          <div className="meeting-details__move-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void send({ title: titleDraft.trim() }, () => setTitleDraft(null))}>
              <Check size={18} aria-hidden="true" /> {t('meetingPage.saveTitle')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setTitleDraft(null)}>
              {t('meetingPage.keepTitle')}
            </button>
          </div>
        </div>
      )}
      <Field label={t('meetingPage.kind')}>
        {({ id }) => (
          <select
            id={id}
            className="text-input live-select"
            value={pendingKind ?? meta.kind}
            disabled={!canEdit || busy}
            onChange={(event) => {
              const kind = meetingKinds.find((candidate) => candidate === event.target.value);
              if (!kind || kind === meta.kind) return;
              setPendingKind(kind);
              void send({ kind }, () => undefined);
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
            value={draft ?? saved}
            readOnly={!canEdit}
            onChange={(event) => setDraft(event.target.value)}
          />
        )}
      </Field>
      {moving && (
        <div className="meeting-details__move" role="group" aria-label={t('meetingPage.moveGroup')}>
          <p className="meeting-details__move-note">{t('meetingPage.moveNote', { when: formatMoment(instantOfWallClock(draft, zone), zone) })}</p>
          <div className="meeting-details__move-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void send({ startsAt: instantOfWallClock(draft, zone) }, () => setDraft(null))}>
              <CalendarClock size={18} aria-hidden="true" /> {t('meetingPage.moveMeeting')}
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => setDraft(null)}>
              {meta.startsAt ? t('meetingPage.keepTime', { when: formatMoment(meta.startsAt, zone) }) : t('meetingPage.keepNoTime')}
            </button>
          </div>
        </div>
      )}
      {error !== null && (
        <div className="meeting-details__problem">
          <ProblemMessage error={error} />
        </div>
      )}
    </div>
  );
}
