import { roleDefinitions, type Role, type Setting } from '../../../shared/roles';
import type { GoalStatus, SupportSetting } from '../../../shared/schema';

export const settingLabels: Record<Setting, string> = {
  school: 'School',
  clinic: 'Clinic',
  home: 'Home',
};

export const supportSettingLabels: Record<SupportSetting, string> = {
  classroom: 'Classroom',
  clinic: 'Clinic',
  home: 'Home',
};

/** "used at home", "used in the classroom": for sentences about gaps. */
export const supportSettingPlaces: Record<SupportSetting, string> = {
  classroom: 'in the classroom',
  clinic: 'at the clinic',
  home: 'at home',
};

export const goalStatusLabels: Record<GoalStatus, string> = {
  draft: 'Draft',
  active: 'Working on it',
  met: 'Met',
  discontinued: 'Stopped',
};

export function roleLabel(role: Role): string {
  return roleDefinitions[role].label;
}

/** "A, B and C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateOnly.format(date);
}
