import { useEffect, useState } from 'react';
import { mayEnterKind, newId, sessionKinds, type Author, type ScheduleSessionView, type ServiceView, type SessionKind } from '../../shared/schema';
import type { Role } from '../../shared/roles';
import type { ScheduleConflict } from '../../shared/scheduleConflicts';
import { addDays, clockToMinute } from '../../shared/scheduleTime';
import { ruleFor, type Repeat } from './repeatRule';
import { ProblemMessage } from '../components/ProblemMessage';
import { addSession } from './scheduleApi';
import { sessionKindLabels } from '../i18n/vocabulary';
import { serviceChoiceLabel, serviceDetails } from './serviceChoice';
import { useTranslation } from 'react-i18next';
import { translatedRecord } from '../i18n/translatedRecord';
import { formatWeekday } from '../i18n/dates';
import { useConflictSentence } from './useConflictSentence';

/** The form's first field, where the empty week's pointer leads. */
export const addSessionFirstFieldId = 'add-session-kind';

const repeats = translatedRecord<Repeat>({ weekly: 'schedule.weekly', biweekly: 'schedule.biweekly', monthly: 'schedule.monthly', once: 'schedule.once' });

interface Props {
  workspaceId: string;
  role: Role;
  author: Author;
  weekStart: string;
  services: readonly ServiceView[];
  /** Conflicts the typed session would have, computed by the page as it is typed. */
  draftConflicts: readonly ScheduleConflict[] | null;
  onDraft: (draft: ScheduleSessionView | null) => void;
}

/** Adds a session of a kind this person enters; shows what it would collide with before saving. */
export function AddSessionForm({ workspaceId, role, author, weekStart, services, draftConflicts, onDraft }: Props) {
  const { t } = useTranslation();
  const sentence = useConflictSentence();
  const kinds = sessionKinds.filter((kind) => mayEnterKind(role, kind));
  const [kind, setKind] = useState<SessionKind>(kinds[0] ?? 'home');
  const [title, setTitle] = useState('');
  const [serviceId, setServiceId] = useState('');
  const [day, setDay] = useState(1);
  const [time, setTime] = useState('');
  const [minutes, setMinutes] = useState(45);
  const [repeat, setRepeat] = useState<Repeat>('weekly');
  const [error, setError] = useState<unknown>(null);
  // The title added, not the sentence: worded when shown, it follows a change of language.
  const [savedTitle, setSavedTitle] = useState<string | null>(null);
  const date = addDays(weekStart, day);
  const chosenService = services.find((s) => s.id === serviceId) ?? null;
  const complete = title.trim() !== '' && /^\d{2}:\d{2}$/.test(time) && minutes >= 5 && (kind !== 'school_service' || serviceId !== '');

  useEffect(() => {
    onDraft(complete ? { id: 'draft', kind, title: title.trim(), serviceId, start: `${date}T${time}`, minutes, rrule: ruleFor(repeat, date), providerName: '', cancelled: {}, createdBy: author, createdAt: '', changedBy: null } : null);
  }, [complete, kind, title, serviceId, date, time, minutes, repeat, author, onDraft]);

  if (kinds.length === 0) return null;
  const clashes = (draftConflicts ?? []).filter((c) => c.sessionIds.includes('draft'));

  const submit = async () => {
    setError(null);
    try {
      await addSession(workspaceId, { id: `ses_${newId()}`, kind, title: title.trim(), ...(kind === 'school_service' ? { serviceId } : {}), start: `${date}T${time}`, minutes, rrule: ruleFor(repeat, date) });
      setSavedTitle(title.trim());
      setTitle('');
      setTime('');
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card add-session" aria-labelledby="add-session-title">
      <h2 className="card__title" id="add-session-title">{t('schedule.addToWeek')}</h2>
      {/* What first (kind, service, title), then when: each group wraps on its own, so a field
          keeps the width its longest choice needs and none is squeezed beside a wide one. */}
      <form className="add-session__form" onSubmit={(event) => { event.preventDefault(); void submit(); }}>
        <div className="add-session__row add-session__row--what">
          <label className="add-session__choice">
            {t('schedule.kind')}
            <select id={addSessionFirstFieldId} value={kind} onChange={(event) => setKind(event.target.value as SessionKind)}>
              {kinds.map((k) => <option key={k} value={k}>{sessionKindLabels[k]}</option>)}
            </select>
          </label>
          {kind === 'school_service' && (
            <div className="add-session__field add-session__choice">
              <label htmlFor="add-session-service">{t('schedule.planService')}</label>
              <select id="add-session-service" value={serviceId} onChange={(event) => setServiceId(event.target.value)} required aria-describedby={chosenService ? 'add-session-service-details' : undefined}>
                <option value="">{t('schedule.choose')}</option>
                {services.map((s) => <option key={s.id} value={s.id}>{serviceChoiceLabel(s, services)}</option>)}
              </select>
              {chosenService && serviceDetails(chosenService) && <span className="add-session__details" id="add-session-service-details">{serviceDetails(chosenService)}</span>}
            </div>
          )}
          <label className="add-session__title">
            {t('schedule.sessionTitle')}
            <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={120} placeholder={t(`schedule.titlePlaceholder.${kind}`)} required />
          </label>
        </div>
        <div className="add-session__row">
          <label className="add-session__choice">
            {t('schedule.day')}
            <select value={day} onChange={(event) => setDay(Number(event.target.value))}>
              {Array.from({ length: 7 }, (_, i) => <option key={i} value={i}>{formatWeekday(addDays(weekStart, i))}</option>)}
            </select>
          </label>
          <label className="add-session__time">
            {t('schedule.starts')}
            <input type="time" value={time} onChange={(event) => setTime(event.target.value)} required step={300} />
          </label>
          <label className="add-session__minutes">
            {t('schedule.minutes')}
            <input type="number" value={minutes} min={5} max={480} step={5} onChange={(event) => setMinutes(Number(event.target.value))} />
          </label>
          <label className="add-session__choice">
            {t('schedule.repeats')}
            <select value={repeat} onChange={(event) => setRepeat(event.target.value as Repeat)}>
              {Object.entries(repeats).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
            </select>
          </label>
          <button type="submit" className="button button--primary add-session__add" disabled={!complete}>{t('schedule.add')}</button>
        </div>
      </form>
      {complete && clashes.length > 0 && (
        <div className="add-session__clashes" role="status">
          <p>{t('schedule.wouldConflict')}</p>
          <ul>{clashes.map((c) => <li key={c.key}>{sentence(c.text)}</li>)}</ul>
        </div>
      )}
      {complete && clashes.length === 0 && time && clockToMinute(time) >= 0 && <p className="add-session__fits" role="status">{t('schedule.fits')}</p>}
      {savedTitle !== null && <p className="muted" role="status">{t('schedule.added', { title: savedTitle })}</p>}
      <ProblemMessage error={error} />
    </section>
  );
}
