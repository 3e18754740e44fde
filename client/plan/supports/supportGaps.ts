import { supportSettings, type SupportSetting, type SupportView } from '../../../shared/schema';
import { joinWords, supportSettingPlaces } from '../common/labels';

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
    return { level: 'none', missing, text: everywhere ? 'Used in all three settings' : 'Used wherever it is needed' };
  }
  if (missing.length === supportSettings.length) return { level: 'unused', missing, text: 'Not used anywhere yet' };
  const places = missing.map((setting) => supportSettingPlaces[setting]);
  return { level: 'partial', missing, text: `Not used ${joinWords(places).replace(/ and (in|at) /, ' or $1 ')}` };
}
