import type { TFunction } from 'i18next';
import { formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import type { ReminderView } from '../../shared/reminders';
import { formatWallClock } from '../../shared/i18n/wallClock';
import { isServiceType } from '../../shared/schema/vocabulary';
import { serviceTypeLabels } from '../i18n/vocabulary';

/** A reminder in the reader's words, from its kind and facts. */
export function reminderText(reminder: ReminderView, t: TFunction, language: Language, day: (date: string) => string): string {
  switch (reminder.kind) {
    case 'meeting_tomorrow':
      return t('scheduleMore.reminders.meetingTomorrow', { title: reminder.facts.title, when: formatDateTime(language, reminder.facts.timeZone, reminder.facts.startsAt) });
    case 'session_today': {
      const list = reminder.facts.sessions.map((s) => t('scheduleMore.reminders.sessionAt', { title: s.title, time: formatWallClock(language, s.start) })).join('; ');
      return t('scheduleMore.reminders.sessionToday', { count: reminder.facts.sessions.length, list });
    }
    case 'plan_date_due': {
      const what = t(`scheduleMore.reminders.due.${reminder.facts.due}`);
      if (reminder.facts.daysLeft < 0) return t('scheduleMore.reminders.overdue', { what, date: day(reminder.facts.date) });
      if (reminder.facts.daysLeft === 0) return t('scheduleMore.reminders.dueToday', { what });
      return t('scheduleMore.reminders.dueIn', { what, count: reminder.facts.daysLeft, date: day(reminder.facts.date) });
    }
    case 'missed_session':
      // Who missed it is the sentence's subject: "the child missed the session on Dec 3".
      return t(`scheduleMore.reminders.missed.${reminder.facts.status}`, {
        service: isServiceType(reminder.facts.serviceType) ? serviceTypeLabels[reminder.facts.serviceType] : reminder.facts.serviceLabel,
        date: day(reminder.facts.date),
      });
  }
}
