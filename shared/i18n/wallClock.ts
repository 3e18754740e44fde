import { languageInfo, type Language } from './languages';

/**
 * A local wall-clock time (minutes since midnight) in a reader's language: "3:00 PM" in
 * English, "15:00" in Spanish. The time is already local, so no zone is applied.
 */
export function formatWallClock(language: Language, minute: number): string {
  const at = Date.UTC(2000, 0, 1, Math.floor(minute / 60) % 24, minute % 60);
  return new Intl.DateTimeFormat(languageInfo[language].locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(at);
}
