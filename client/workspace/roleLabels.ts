import { roleDefinitions, type Role, type Setting } from '../../shared/roles';
import { i18n } from '../i18n/i18n';
import { translatedRecord } from '../i18n/translatedRecord';
import { formatDay, formatMoment } from '../i18n/dates';

export const settingLabels = translatedRecord<Setting>({ school: 'places.school', clinic: 'places.clinic', home: 'places.home' });

/** In the reader's language; callers re-render on a language change through useTranslation. */
export function roleLabel(role: Role): string {
  return i18n.t(`roles.${role}.label`);
}

export function roleDescription(role: Role): string {
  return i18n.t(`roles.${role}.description`);
}

/** "as a parent or guardian", "as an observer" / "como padre, madre o tutor": from the catalog. */
export function roleAfterAs(role: Role): string {
  return i18n.t(`roles.${role}.asRole`);
}

/** A moment on the workspace's clock, in the reader's language. */
export function formatDateTime(iso: string): string {
  return formatMoment(iso);
}

/** The day of a moment on the workspace's calendar, in the reader's language. */
export function formatDate(iso: string): string {
  return formatDay(iso, 'long');
}
