import { formatDate, formatDateTime } from '../../shared/i18n/format';
import type { Language } from '../../shared/i18n/languages';
import { formatWallClock } from '../../shared/i18n/wallClock';
import type { ReminderEvent } from './reminderEvents';

/**
 * A reminder's mail line in each language. Like every notification mail it names no child and
 * repeats nothing anyone wrote (titles stay behind sign-in): what, when, and the link.
 */
const dueNames: Record<Language, Record<string, string>> = {
  en: { annualReview: 'The annual review', reevaluation: 'The re-evaluation', progressReport: 'A progress report' },
  es: { annualReview: 'La revisión anual', reevaluation: 'La reevaluación', progressReport: 'Un informe de progreso' },
};

function lineIn(language: Language, event: ReminderEvent, timeZone: string): string {
  const es = language === 'es';
  switch (event.kind) {
    case 'meeting_tomorrow': {
      const when = formatDateTime(language, timeZone, event.facts.startsAt);
      return es ? `Mañana hay una reunión del equipo de un estudiante: ${when}.` : `A meeting of a student’s team is tomorrow: ${when}.`;
    }
    case 'session_today': {
      const count = event.facts.sessions.length;
      const first = formatWallClock(language, event.facts.sessions[0]?.start ?? 0);
      if (es) return count === 1 ? `Hoy hay una sesión en el horario de un estudiante, a las ${first}.` : `Hoy hay ${count} sesiones en el horario de un estudiante; la primera a las ${first}.`;
      return count === 1 ? `There is a session on a student’s schedule today, at ${first}.` : `There are ${count} sessions on a student’s schedule today; the first at ${first}.`;
    }
    case 'plan_date_due': {
      const what = dueNames[language][event.facts.due] ?? event.facts.due;
      const date = formatDate(language, 'UTC', `${event.facts.date}T12:00:00Z`);
      const days = event.facts.daysLeft;
      if (es) return days < 0 ? `${what} de un plan venció el ${date}.` : days === 0 ? `${what} de un plan vence hoy, ${date}.` : `${what} de un plan vence el ${date} (en ${days} días).`;
      return days < 0 ? `${what} of a plan was due on ${date}.` : days === 0 ? `${what} of a plan is due today, ${date}.` : `${what} of a plan is due on ${date} (in ${days} days).`;
    }
    case 'missed_session': {
      const date = formatDate(language, 'UTC', `${event.facts.date}T12:00:00Z`);
      return es ? `Una sesión de un servicio se perdió el ${date} y aún no tiene reposición.` : `A session of a service was missed on ${date} and has no make-up yet.`;
    }
  }
}

export function reminderLine(event: ReminderEvent, timeZone: string): Record<Language, string> {
  return { en: lineIn('en', event, timeZone), es: lineIn('es', event, timeZone) };
}
