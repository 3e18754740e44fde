import type { Setting } from '../../shared/roles';
import { settingColors } from '../../shared/settingStyle';

// Each setting has a colour AND a shape, the same in the app and its exports (see settingStyle).
export { settingColors } from '../../shared/settingStyle';

interface ShapeProps {
  setting: Setting;
  x: number;
  y: number;
  /** Half the mark's width. */
  size: number;
  /** Drawn hollow (white fill) when false, e.g. for a point that is not highlighted. */
  filled?: boolean;
  className?: string;
}

/** The mark for one setting, centred on (x, y), for use inside an <svg>. */
export function SettingShape({ setting, x, y, size, filled = true, className }: ShapeProps) {
  const color = settingColors[setting];
  const common = { fill: filled ? color : '#fff', stroke: color, strokeWidth: 2, className };
  switch (setting) {
    case 'school':
      return <circle cx={x} cy={y} r={size} {...common} />;
    case 'clinic': {
      // A square looks bigger than a circle of the same width; shrink it to match by eye.
      const half = size * 0.88;
      return <rect x={x - half} y={y - half} width={half * 2} height={half * 2} {...common} />;
    }
    case 'home': {
      const h = size * 1.15;
      return <polygon points={`${x},${y - h} ${x + h},${y + h * 0.8} ${x - h},${y + h * 0.8}`} {...common} />;
    }
  }
}

/** The mark on its own, beside words (legend, table, dashboard). Decorative: the words say it. */
export function SettingMark({ setting, size = 18 }: { setting: Setting; size?: number }) {
  return (
    <svg className="setting-mark" width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <SettingShape setting={setting} x={10} y={10.5} size={7} />
    </svg>
  );
}
