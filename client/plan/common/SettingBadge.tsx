import { Building2, House, Stethoscope, type LucideIcon } from 'lucide-react';
import type { Setting } from '../../../shared/roles';
import { settingLabels } from './labels';
import './common.css';

const icons: Record<Setting, LucideIcon> = { school: Building2, clinic: Stethoscope, home: House };

/** Where someone or something belongs; the word carries the meaning, the icon and tint repeat it. */
export function SettingBadge({ setting }: { setting: Setting }) {
  const Icon = icons[setting];
  return (
    <span className={`plan-badge plan-badge--${setting}`}>
      <Icon size={15} aria-hidden="true" />
      {settingLabels[setting]}
    </span>
  );
}
