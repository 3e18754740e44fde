import { supportSettings, type SupportSetting, type SupportView } from '../../../shared/schema';
import { i18n } from '../../i18n/i18n';
import { supportSettingPlaces } from '../common/labels';

export type GapLevel = 'none' | 'partial' | 'unused';

export interface SupportGap {
  readonly level: GapLevel;
  readonly missing: SupportSetting[];
  /** A sentence that carries the meaning without the icon or colour. */
  readonly text: string;
}

/**
 * Whether a support is used in every setting where it is needed: the consistency the team is
 * after. A setting marked "not needed here" is a decision, not a gap.
 */
export function supportGap(support: SupportView): SupportGap {
  const missing = supportSettings.filter((setting) => support.use[setting].status === 'not_used');
  if (missing.length === 0) {
    const everywhere = supportSettings.every((setting) => support.use[setting].status === 'used');
    return { level: 'none', missing, text: everywhere ? i18n.t('planEdit.usedEverywhere') : i18n.t('planEdit.usedWhereNeeded') };
  }
  if (missing.length === supportSettings.length) return { level: 'unused', missing, text: i18n.t('planEdit.usedNowhere') };
  const places = missing.map((setting) => supportSettingPlaces[setting]);
  // At most two places are missing here (three is "unused"): "in the classroom or at home".
  const placeWords = places.length <= 1 ? (places[0] ?? '') : i18n.t('planEdit.orList', { list: places.slice(0, -1).join(', '), last: places.at(-1) ?? '' });
  return { level: 'partial', missing, text: i18n.t('planEdit.notUsedIn', { places: placeWords }) };
}
