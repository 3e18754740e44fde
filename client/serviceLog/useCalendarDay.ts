import { formatDate } from '../../shared/i18n/format';
import { useLocale } from '../i18n/useLocale';

/**
 * A calendar day (`YYYY-MM-DD`) in the reader's language. A day is the same in every zone, so
 * it is formatted at noon UTC and never shifts to the day before.
 */
export function useCalendarDay(): (date: string) => string {
  const { language } = useLocale('UTC');
  return (date: string) => formatDate(language, 'UTC', `${date}T12:00:00Z`);
}
