import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleSettings } from '../../shared/schema';
import { apiRequest } from '../api/http';
import { ProblemMessage } from '../components/ProblemMessage';

type Hours = readonly [start: keyof ScheduleSettings, end: keyof ScheduleSettings, label: 'schoolDay' | 'clinicHours' | 'homeHours'];
const hours: readonly Hours[] = [
  ['dayStart', 'dayEnd', 'schoolDay'],
  ['clinicStart', 'clinicEnd', 'clinicHours'],
  ['homeStart', 'homeEnd', 'homeHours'],
];
const numbers = [
  ['travelBufferMinutes', 'travel', 240],
  ['maxSessionsPerDay', 'maxSessions', 20],
  ['maxMinutesPerDay', 'maxMinutes', 1440],
] as const;

/** The case manager's limits for the week: travel time, a day's load, and each setting's hours. */
export function ScheduleLimitsForm({ workspaceId, settings }: { workspaceId: string; settings: ScheduleSettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ScheduleSettings>(settings);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  // A colleague's saved change arrives live; show it unless this person is mid-edit.
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setDraft(settings);
  }, [settings, dirty]);
  const set = (patch: Partial<ScheduleSettings>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
    setSaved(false);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      await apiRequest('PATCH', `/workspaces/${encodeURIComponent(workspaceId)}/schedule/settings`, draft);
      setDirty(false);
      setSaved(true);
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section className="card schedule-limits" aria-labelledby="schedule-limits-title">
      <h2 className="card__title" id="schedule-limits-title">{t('scheduleMore.limits.title')}</h2>
      <p className="muted">{t('scheduleMore.limits.lead')}</p>
      <form className="schedule-limits__form" onSubmit={(event) => void submit(event)} data-testid="schedule-limits">
        {numbers.map(([key, label, max]) => (
          <label key={key}>
            {t(`scheduleMore.limits.${label}`)}
            <input className="text-input" type="number" min={0} max={max} value={draft[key]} onChange={(event) => set({ [key]: Number(event.target.value) })} required />
          </label>
        ))}
        {hours.map(([start, end, label]) => (
          <fieldset key={label} className="schedule-limits__hours">
            <legend>{t(`scheduleMore.limits.${label}`)}</legend>
            <label>
              {t('scheduleMore.limits.opens')}
              <input className="text-input" type="time" value={String(draft[start])} onChange={(event) => set({ [start]: event.target.value })} required />
            </label>
            <label>
              {t('scheduleMore.limits.closes')}
              <input className="text-input" type="time" value={String(draft[end])} onChange={(event) => set({ [end]: event.target.value })} required />
            </label>
          </fieldset>
        ))}
        <button type="submit" className="button button--secondary" disabled={!dirty}>{t('scheduleMore.limits.save')}</button>
      </form>
      {saved && <p className="muted" role="status">{t('scheduleMore.limits.saved')}</p>}
      <ProblemMessage error={error} />
    </section>
  );
}
