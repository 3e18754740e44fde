import { Globe } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { setWorkspaceTimeZone } from '../api/workspaceApi';
import { ProblemMessage } from '../components/ProblemMessage';
import { formatMoment } from '../i18n/dates';
import { zoneName } from './timeZones';
import { TimeZoneSelect } from './TimeZoneSelect';
import './TimeZoneCard.css';

interface TimeZoneCardProps {
  readonly workspaceId: string;
  readonly timeZone: string;
  /** The case manager changes it; everyone else reads which zone the times are in. */
  readonly canChange: boolean;
  readonly onChanged: (timeZone: string) => void;
}

/**
 * The workspace's time zone: every meeting time, signature and exported copy reads on this
 * clock, so the team sees one day and hour wherever each person is.
 */
export function TimeZoneCard({ workspaceId, timeZone, canChange, onChanged }: TimeZoneCardProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const [choice, setChoice] = useState(timeZone);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const now = new Date().toISOString();

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      onChanged(await setWorkspaceTimeZone(workspaceId, choice));
      setSaved(true);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card time-zone-card" aria-labelledby="time-zone-title" data-testid="time-zone-card">
      <h2 className="card__title" id="time-zone-title">
        <Globe size={22} aria-hidden="true" /> {t('timeZoneCard.title')}
      </h2>
      <p className="muted">{t('timeZoneCard.lead')}</p>
      <p data-testid="time-zone-current">
        {t('timeZoneCard.current', { zone: zoneName(timeZone), now: formatMoment(now, timeZone) })}
      </p>
      {canChange ? (
        <form className="time-zone-card__form" onSubmit={(event) => void handleSubmit(event)}>
          <label className="time-zone-card__label" htmlFor={selectId}>
            {t('timeZoneCard.choose')}
          </label>
          <div className="time-zone-card__row">
            <TimeZoneSelect id={selectId} value={choice} onChange={setChoice} />
            <button type="submit" className="button button--primary" disabled={busy || choice === timeZone}>
              {t('timeZoneCard.save')}
            </button>
          </div>
          {choice !== timeZone && <p className="muted">{t('timeZoneCard.preview', { now: formatMoment(now, choice) })}</p>}
          <ProblemMessage error={error} />
          {saved && (
            <p className="status-line" role="status">
              {t('timeZoneCard.saved', { zone: zoneName(timeZone) })}
            </p>
          )}
        </form>
      ) : (
        <p className="muted">{t('timeZoneCard.onlyManager')}</p>
      )}
    </section>
  );
}
