import type { Role, Setting } from '../../../shared/roles';
import { i18n } from '../../i18n/i18n';
import { translatedRecord } from '../../i18n/translatedRecord';
import type { GoalStatus, SupportSetting } from '../../../shared/schema';

export const settingLabels = translatedRecord<Setting>({ school: 'places.school', clinic: 'places.clinic', home: 'places.home' });

export const supportSettingLabels = translatedRecord<SupportSetting>({ classroom: 'places.classroom', clinic: 'places.clinic', home: 'places.home' });

/** "used at home", "used in the classroom": for sentences about gaps. */
export const supportSettingPlaces = translatedRecord<SupportSetting>({ classroom: 'places.inClassroom', clinic: 'places.atClinic', home: 'places.atHome' });

export const goalStatusLabels = translatedRecord<GoalStatus>({
  draft: 'goalStatus.draft',
  active: 'goalStatus.active',
  met: 'goalStatus.met',
  discontinued: 'goalStatus.discontinued',
});

export function roleLabel(role: Role): string {
  return i18n.t(`roles.${role}.label`);
}

/** "A, B and C" / "A, B y C". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return i18n.t('common.andList', { list: words.slice(0, -1).join(', '), last: words.at(-1) ?? '' });
}
