import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatNumber } from '../../shared/i18n/format';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { shownTimeZone } from './dates';

/**
 * The reader's language with Intl formatters bound to it. `timeZone` defaults to the workspace's
 * being shown; pages outside a workspace use the browser's.
 */
export function useLocale(timeZone: string = shownTimeZone()) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return {
    t,
    language,
    date: (value: Date | string | number) => formatDate(language, timeZone, value),
    dateTime: (value: Date | string | number) => formatDateTime(language, timeZone, value),
    number: (value: number) => formatNumber(language, value),
  };
}
