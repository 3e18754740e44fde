import { BellRing, X } from 'lucide-react';
import { useState } from 'react';
import type { ReminderView } from '../../shared/reminders';
import { useApiData } from '../api/useApiData';
import { ProblemMessage } from '../components/ProblemMessage';
import { useLocale } from '../i18n/useLocale';
import { AppLink } from '../routing/AppLink';
import { useCalendarDay } from '../serviceLog/useCalendarDay';
import { dismissReminder, getReminders } from './remindersApi';
import { reminderText } from './reminderText';
import './reminders.css';

/**
 * Unread reminders, where unread conversations are shown: all of mine on the students page,
 * one student's on their team page (with the student's name when there are several).
 */
export function RemindersCard({ userId, workspaceId, studentNames }: { userId: string; workspaceId?: string; studentNames?: Readonly<Record<string, string>> }) {
  const { t, language } = useLocale();
  const day = useCalendarDay();
  const [reminders, { replace }] = useApiData(getReminders, `${userId}:reminders`);
  const [error, setError] = useState<unknown>(null);
  // Reminders are extra: if they fail to load, the page still works.
  if (reminders.status !== 'ready') return null;
  const shown = reminders.data.filter((reminder) => !workspaceId || reminder.workspaceId === workspaceId);
  if (shown.length === 0) return null;

  const dismiss = async (reminder: ReminderView) => {
    setError(null);
    try {
      await dismissReminder(reminder.id);
      replace(reminders.data.filter((other) => other.id !== reminder.id));
    } catch (failure) {
      setError(failure);
    }
  };

  return (
    <section className="card reminders" aria-labelledby="reminders-title" data-testid="reminders">
      <h2 className="card__title reminders__title" id="reminders-title">
        <BellRing size={20} aria-hidden="true" /> {t('scheduleMore.reminders.title')}
      </h2>
      <ul className="reminders__list">
        {shown.map((reminder) => (
          <li key={reminder.id} className="reminders__item" data-kind={reminder.kind}>
            <p className="reminders__text">
              {studentNames?.[reminder.workspaceId] && <strong>{studentNames[reminder.workspaceId]}: </strong>}
              {reminderText(reminder, t, language, day)}
            </p>
            <AppLink to={reminder.link} className="button button--quiet">{t('scheduleMore.reminders.open')}</AppLink>
            <button type="button" className="button button--quiet" aria-label={t('scheduleMore.reminders.dismissLabel')} title={t('scheduleMore.reminders.dismiss')} onClick={() => void dismiss(reminder)}>
              <X size={18} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <ProblemMessage error={error} />
    </section>
  );
}
