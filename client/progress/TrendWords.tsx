import { ArrowDownRight, ArrowRight, ArrowUpRight, CircleDashed } from 'lucide-react';
import type { TrendDirection } from '../../shared/progressTrend';
import { directionWords } from './progressLabels';

const icons = {
  improving: ArrowUpRight,
  flat: ArrowRight,
  declining: ArrowDownRight,
  not_enough_data: CircleDashed,
} as const;

/**
 * A trend as an arrow and a word. The arrow points towards better or worse, not up or down:
 * for "less is better" goals falling minutes are improving, and the word says so.
 */
export function TrendWords({ direction }: { direction: TrendDirection }) {
  const Icon = icons[direction];
  return (
    <span className={`trend trend--${direction}`}>
      <Icon className="trend__icon" size={20} aria-hidden="true" />
      <span>{directionWords[direction]}</span>
    </span>
  );
}
