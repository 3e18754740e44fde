import { isRole, type Role, type Setting } from '../roles';
import { clampText, fieldLimits } from './limits';

/**
 * Who made a contribution and from which setting. Recorded on every item because IEP content
 * is an education record (FERPA) and clinic input is health information (HIPAA): the team must
 * always see whose words these are.
 */
export interface Author {
  readonly userId: string;
  readonly name: string;
  readonly role: Role;
  readonly setting: Setting;
}

function isSetting(value: unknown): value is Setting {
  return value === 'school' || value === 'clinic' || value === 'home';
}

export function isSettingValue(value: unknown): value is Setting {
  return isSetting(value);
}

/** The stored form: a plain JSON object, written once with the item and never edited. */
export function authorValue(author: Author): Record<string, string> {
  return { userId: author.userId, name: author.name, role: author.role, setting: author.setting };
}

export function readAuthor(value: unknown): Author | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { userId, name, role, setting } = record;
  if (typeof userId !== 'string' || typeof name !== 'string') return null;
  if (!isRole(role) || !isSetting(setting)) return null;
  return { userId: clampText(userId, fieldLimits.shortValue), name: clampText(name, fieldLimits.shortValue), role, setting };
}
