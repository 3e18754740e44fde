import type { GoalMeasure } from '../../shared/schema';
import type { DayScale, ValueScale } from './chartScale';
import type { LabelPlacement } from './referenceLabels';
import { axisTitle, formatShortDay, formatValue } from './progressLabels';
import { i18n } from '../i18n/i18n';

export interface PlotArea {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

interface AxesProps {
  measure: GoalMeasure;
  area: PlotArea;
  values: ValueScale;
  days: DayScale;
  x: (date: string) => number;
  y: (value: number) => number;
  /** False for an empty chart: dates around today would suggest data that is not there. */
  showDays: boolean;
}

/** The tick label as the axis shows it: "%", "Yes/No" inline; other units in the title. */
export function tickLabel(measure: GoalMeasure, value: number): string {
  return measure.kind === 'percent' || measure.kind === 'yes_no' ? formatValue(measure, value) : String(value);
}

/** Gridlines, value labels, date labels and the axis title. Decorative for screen readers. */
export function ChartAxes({ measure, area, values, days, x, y, showDays }: AxesProps) {
  return (
    <g className="chart-axes" aria-hidden="true">
      <text className="chart-axes__title" x={0} y={16}>
        {axisTitle(measure)}
        {!measure.higherIsBetter && ' (lower is better)'}
      </text>
      {values.ticks.map((tick) => (
        <g key={`v${tick}`}>
          <line className="chart-axes__grid" x1={area.left} x2={area.right} y1={y(tick)} y2={y(tick)} />
          <text className="chart-axes__label" x={area.left - 8} y={y(tick)} textAnchor="end" dominantBaseline="middle">
            {tickLabel(measure, tick)}
          </text>
        </g>
      ))}
      <line className="chart-axes__base" x1={area.left} x2={area.right} y1={area.bottom} y2={area.bottom} />
      {showDays &&
        days.ticks.map((day, index) => {
        const first = index === 0;
        const last = index === days.ticks.length - 1 && days.ticks.length > 1;
        return (
          <g key={`d${day}`}>
            <line className="chart-axes__tick" x1={x(day)} x2={x(day)} y1={area.bottom} y2={area.bottom + 6} />
            <text
              className="chart-axes__label"
              x={x(day)}
              y={area.bottom + 26}
              // The outermost dates hug the plot's edges so they are never cut off.
              textAnchor={first ? 'start' : last ? 'end' : 'middle'}
              dx={first ? -6 : last ? 6 : 0}
            >
              {formatShortDay(day)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface ReferenceLineProps {
  kind: 'baseline' | 'target';
  label: string;
  area: PlotArea;
  y: number;
  placement: LabelPlacement;
}

/** "Baseline 30%" or "Target 80%" as the label says it, for the line and its placement. */
export function referenceLabel(kind: 'baseline' | 'target', measure: GoalMeasure, value: number): string {
  return i18n.t(kind === 'baseline' ? 'progress.baselineValue' : 'progress.targetValue', { value: formatValue(measure, value) });
}

/** Baseline (where the child started) or target (where the team aims), labelled in words. */
export function ReferenceLine({ kind, label, area, y, placement }: ReferenceLineProps) {
  return (
    <g className={`reference reference--${kind}`} aria-hidden="true">
      <line x1={area.left} x2={area.right} y1={y} y2={y} />
      <text x={placement.x} y={placement.y} textAnchor={placement.anchor}>
        {label}
      </text>
    </g>
  );
}
