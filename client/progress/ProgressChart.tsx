import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GoalProgressSummary } from '../../shared/progressTrend';
import type { DataPointView, GoalMeasure } from '../../shared/schema';
import { ChartAxes, ReferenceLine, referenceLabel, tickLabel, type PlotArea } from './ChartAxes';
import { dayScale, valueScale } from './chartScale';
import { PointDetails, pointDescription } from './PointDetails';
import { chartSummary } from './progressSentences';
import { placeReferenceLabels } from './referenceLabels';
import { dayValue, todayIso } from './progressLabels';
import { settingColors, SettingShape } from './SettingMark';
import { useElementWidth } from './useElementWidth';
import { useAuthorName } from '../identity/teamNames';
import './ProgressChart.css';
import { i18n } from '../i18n/i18n';

interface ProgressChartProps {
  measure: GoalMeasure;
  points: readonly DataPointView[];
  summary: GoalProgressSummary;
}


/**
 * One goal's points from every setting on one chart, with baseline, target and a dashed trend
 * line per setting. Each point can be reached with the keyboard (Tab to the chart, then the
 * arrow keys), and hover or focus shows who recorded it and why.
 */
export function ProgressChart({ measure, points, summary }: ProgressChartProps) {
  const [wrapperRef, width] = useElementWidth<HTMLDivElement>(640);
  const nameOf = useAuthorName();
  const clipId = `chart-clip-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  // Roving focus: one point is in the Tab order, the arrow keys move between them.
  const [active, setActive] = useState<number | null>(null);
  const pointRefs = useRef<(SVGGElement | null)[]>([]);

  const narrow = width < 520;
  const pointSize = narrow ? 6 : 7;
  const height = narrow ? 260 : 320;
  const values = useMemo(() => valueScale(measure, points), [measure, points]);
  // Room for the labels as the axis writes them: Spanish puts a space before "%" ("100 %").
  const longestTick = Math.max(...values.ticks.map((tick) => tickLabel(measure, tick).length));
  const area: PlotArea = { left: 14 + longestTick * 10, top: 36, right: width - 12, bottom: height - 40 };
  const days = useMemo(() => dayScale(points, area.right - area.left, todayIso()), [points, area.right, area.left]);

  const x = (date: string) => area.left + ((dayValue(date) - days.min) / (days.max - days.min)) * (area.right - area.left);
  const y = (value: number) => area.bottom - ((value - values.min) / (values.max - values.min || 1)) * (area.bottom - area.top);

  const current = active !== null && active < points.length ? active : points.length - 1;
  const shown = hovered ?? focused;
  const shownPoint = shown !== null ? points[shown] : undefined;

  const moveFocus = (event: KeyboardEvent<SVGGElement>, index: number) => {
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? Math.min(index + 1, points.length - 1)
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? Math.max(index - 1, 0)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? points.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    pointRefs.current[next]?.focus();
  };

  const references = (['baseline', 'target'] as const).flatMap((kind) => {
    const value = measure[kind];
    return value === null ? [] : [{ kind, label: referenceLabel(kind, measure, value), lineY: y(value) }];
  });
  // Trend lines are sampled as marks too, so a label does not sit on top of one.
  const marks = [
    ...points.map((point) => ({ x: x(point.date), y: y(point.value) })),
    ...summary.bySetting.flatMap((trend) => {
      const line = trend.line;
      if (!line) return [];
      return Array.from({ length: 9 }, (_, step) => {
        const t = step / 8;
        return { x: x(line.startDate) + (x(line.endDate) - x(line.startDate)) * t, y: y(line.start + (line.end - line.start) * t) };
      });
    }),
  ];
  const placements = placeReferenceLabels(
    references.map(({ label, lineY }) => ({ text: label, lineY })),
    area,
    marks,
  );

  return (
    <div className="chart" ref={wrapperRef}>
      <svg
        className="chart__svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={chartSummary(points, measure, summary)}
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={area.left} y={area.top - pointSize} width={area.right - area.left} height={area.bottom - area.top + pointSize * 2} />
          </clipPath>
        </defs>
        <ChartAxes measure={measure} area={area} values={values} days={days} x={x} y={y} showDays={points.length > 0} />
        {references.map((reference, index) => (
          <ReferenceLine key={reference.kind} kind={reference.kind} label={reference.label} area={area} y={reference.lineY} placement={placements[index]!} />
        ))}
        <g clipPath={`url(#${clipId})`} aria-hidden="true">
          {summary.bySetting.map((trend) =>
            trend.line ? (
              <line
                key={trend.setting}
                className="chart__trend"
                x1={x(trend.line.startDate)}
                y1={y(trend.line.start)}
                x2={x(trend.line.endDate)}
                y2={y(trend.line.end)}
                stroke={settingColors[trend.setting]}
              />
            ) : null,
          )}
        </g>
        {points.map((point, index) => {
          const px = x(point.date);
          const py = y(point.value);
          return (
            <g
              key={point.id}
              ref={(element) => {
                pointRefs.current[index] = element;
              }}
              className="chart__point"
              tabIndex={index === current ? 0 : -1}
              role="img"
              aria-label={pointDescription(point, measure, nameOf(point.recordedBy))}
              onPointerEnter={() => setHovered(index)}
              onPointerLeave={() => setHovered(null)}
              onFocus={() => {
                setFocused(index);
                setActive(index);
              }}
              onBlur={() => setFocused(null)}
              onKeyDown={(event) => moveFocus(event, index)}
            >
              {/* A finger-sized target around a small mark. */}
              <circle cx={px} cy={py} r={16} className="chart__hit" />
              {focused === index && <circle cx={px} cy={py} r={14} className="chart__focus" />}
              <SettingShape setting={point.setting} x={px} y={py} size={shown === index ? pointSize + 2 : pointSize} />
            </g>
          );
        })}
      </svg>
      {shownPoint && shown !== null && (
        <PointDetails point={shownPoint} measure={measure} x={x(shownPoint.date)} y={y(shownPoint.value)} chartWidth={width} />
      )}
      {points.length === 0 && <p className="chart__empty">{i18n.t('progress.chartNoPoints')}</p>}
    </div>
  );
}
