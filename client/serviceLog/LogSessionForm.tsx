import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceLogView } from '../../shared/scheduleApi';
import { deliveryStatuses, isDeliveryStatus, type DeliveryStatus } from '../../shared/serviceLog';
import { ProblemMessage } from '../components/ProblemMessage';
import { logSession } from './serviceLogApi';
import { serviceName } from './serviceName';
import { useCalendarDay } from './useCalendarDay';

/** When the plan does not say how long a session is. */
const defaultMinutes = 30;

interface Props {
  workspaceId: string;
  today: string;
  totals: ServiceLogView['totals'];
  onLogged: () => void;
}

/** One session of a service as its provider logs it: date, minutes, delivered or missed, a short note. */
export function LogSessionForm({ workspaceId, today, totals, onLogged }: Props) {
  const { t } = useTranslation();
  const day = useCalendarDay();
  const [serviceId, setServiceId] = useState(totals.length === 1 ? totals[0]!.serviceId : '');
  const [date, setDate] = useState(today);
  // A session's length as the plan gives it, until the provider types another.
  const planMinutes = (id: string) => totals.find((s) => s.serviceId === id)?.sessionMinutes ?? defaultMinutes;
  const [minutes, setMinutes] = useState(() => planMinutes(serviceId));
  const [minutesTyped, setMinutesTyped] = useState(false);
  const [status, setStatus] = useState<DeliveryStatus>('delivered');
  const [makeUpFor, setMakeUpFor] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const waiting = totals.find((s) => s.serviceId === serviceId)?.missedWithoutMakeUp ?? [];
  const missed = status === 'missed_child' || status === 'missed_provider';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await logSession(workspaceId, { serviceId, date, minutes: missed ? 0 : minutes, status, ...(status === 'make_up' ? { makeUpFor } : {}), note: note.trim() });
      setNote('');
      setMakeUpFor('');
      setSaved(true);
      onLogged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="log-session-title">
      <h2 className="card__title" id="log-session-title">{t('scheduleMore.serviceLog.logTitle')}</h2>
      <form className="log-session" onSubmit={(event) => void submit(event)} data-testid="log-session-form">
        <label className="log-session__service">
          {t('scheduleMore.serviceLog.service')}
          <select
            className="text-input"
            value={serviceId}
            onChange={(event) => {
              setServiceId(event.target.value);
              if (!minutesTyped) setMinutes(planMinutes(event.target.value));
            }}
            required
          >
            <option value="">{t('scheduleMore.serviceLog.choose')}</option>
            {totals.map((s) => <option key={s.serviceId} value={s.serviceId}>{serviceName(s, totals)}</option>)}
          </select>
        </label>
        <label>
          {t('scheduleMore.serviceLog.date')}
          <input className="text-input" type="date" value={date} max={today} onChange={(event) => setDate(event.target.value)} required />
        </label>
        <label>
          {t('scheduleMore.serviceLog.status')}
          <select className="text-input" value={status} onChange={(event) => isDeliveryStatus(event.target.value) && setStatus(event.target.value)}>
            {deliveryStatuses.map((s) => <option key={s} value={s}>{t(`scheduleMore.serviceLog.statuses.${s}`)}</option>)}
          </select>
        </label>
        {!missed && (
          <label>
            {t('scheduleMore.serviceLog.minutesLabel')}
            <input
              className="text-input"
              type="number"
              min={0}
              max={480}
              step={5}
              value={minutes}
              onChange={(event) => {
                setMinutes(Number(event.target.value));
                setMinutesTyped(true);
              }}
              required
            />
          </label>
        )}
        {status === 'make_up' && (
          waiting.length === 0 ? (
            <p className="muted log-session__wide">{t('scheduleMore.serviceLog.nothingToMakeUp')}</p>
          ) : (
            <label>
              {t('scheduleMore.serviceLog.makeUpFor')}
              <select className="text-input" value={makeUpFor} onChange={(event) => setMakeUpFor(event.target.value)} required>
                <option value="">{t('scheduleMore.serviceLog.choose')}</option>
                {waiting.map((entry) => <option key={entry.id} value={entry.id}>{day(entry.date)} · {t(`scheduleMore.serviceLog.statuses.${entry.status}`)}</option>)}
              </select>
            </label>
          )
        )}
        <label className="log-session__wide">
          {t('scheduleMore.serviceLog.note')}
          <input className="text-input" value={note} maxLength={500} onChange={(event) => setNote(event.target.value)} aria-describedby="log-note-hint" />
          <span className="field__hint" id="log-note-hint">{t('scheduleMore.serviceLog.noteHint')}</span>
        </label>
        <button type="submit" className="button button--primary" disabled={busy || serviceId === '' || (status === 'make_up' && makeUpFor === '')}>
          {t('scheduleMore.serviceLog.save')}
        </button>
      </form>
      {saved && <p className="muted" role="status">{t('scheduleMore.serviceLog.saved')}</p>}
      <ProblemMessage error={error} />
    </section>
  );
}
