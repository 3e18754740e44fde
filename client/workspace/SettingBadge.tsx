import { Building2, House, Stethoscope, type LucideIcon } from 'lucide-react';
import type { Setting } from '../../shared/roles';
import { settingLabels } from './roleLabels';

const icons: Record<Setting, LucideIcon> = { school: Building2, clinic: Stethoscope, home: House };

/** Where a member speaks from; the word carries the meaning, icon and tint only repeat it. */
export function SettingBadge({ setting }: { setting: Setting }) {
  const Icon = icons[setting];
  return (
    <span className={`badge badge--${setting}`}>
      <Icon size={15} aria-hidden="true" />
      {settingLabels[setting]}
    </span>
  );
}
