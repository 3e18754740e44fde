import { formatMomentIn } from '../../shared/i18n/dates';
import { languages, type Language } from '../../shared/i18n/languages';

/**
 * The line a team member reads when a meeting is scheduled or moved, in each language, with
 * the time on the school's clock and its zone ("Friday, December 4, 2026, 6:30 PM CST"), so a
 * parent reading the mail elsewhere still knows which hour is meant.
 */
const lines: Record<Language, (who: string, moved: boolean, when: string) => string> = {
  en: (who, moved, when) => `${who} ${moved ? 'moved' : 'scheduled'} a meeting. It is on ${when}.`,
  es: (who, moved, when) => `${who} ${moved ? 'cambió la fecha de' : 'programó'} una reunión. Es el ${when}.`,
};

export function meetingNoticeLine(who: string, moved: boolean, startsAt: string, timeZone: string): Record<Language, string> {
  return Object.fromEntries(
    languages.map((language) => [language, lines[language](who, moved, formatMomentIn(language, timeZone, startsAt, 'full'))]),
  ) as Record<Language, string>;
}
