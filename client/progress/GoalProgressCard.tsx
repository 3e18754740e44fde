import { Flag } from 'lucide-react';
import { useMemo } from 'react';
import type { Setting } from '../../shared/roles';
import type { Author } from '../../shared/schema';
import { ChartLegend } from './ChartLegend';
import { MeasureSettings } from './MeasureSettings';
import { PointsTable } from './PointsTable';
import { ProgressChart } from './ProgressChart';
import { goalHeading, mixedMessage } from './progressSentences';
import { RecordPointForm } from './RecordPointForm';
import type { GoalProgress, ProgressData } from './useProgressData';

interface GoalProgressCardProps {
  entry: GoalProgress;
  progress: ProgressData['progress'];
  author: Author;
  canRecord: boolean;
}

export function goalProgressElementId(goalId: string): string {
  return `progress-goal-${goalId}`;
}

/** One goal: its chart and numbers for everyone; recording and measure settings for the team. */
export function GoalProgressCard({ entry, progress, author, canRecord }: GoalProgressCardProps) {
  const { goal, measure, points, summary } = entry;
  const heading = goalHeading(goal);
  const flag = mixedMessage(summary);
  const present = useMemo(() => new Set<Setting>(points.map((point) => point.setting)), [points]);
  const headingId = `${goalProgressElementId(goal.id)}-heading`;

  return (
    <section className="goal-progress" id={goalProgressElementId(goal.id)} aria-labelledby={headingId} tabIndex={-1}>
      <header className="goal-progress__header">
        <p className="goal-progress__area">{heading.area}</p>
        <h3 className="goal-progress__target" id={headingId}>
          {heading.target}
        </h3>
        {flag && (
          <p className="progress-flag">
            <Flag size={20} aria-hidden="true" />
            {flag}
          </p>
        )}
      </header>
      <ChartLegend measure={measure} present={present} hasTrend={summary.bySetting.some((trend) => trend.line !== null)} />
      <ProgressChart measure={measure} points={points} summary={summary} />
      <PointsTable measure={measure} points={points} author={author} canRecord={canRecord} onRemove={(point) => progress.remove(point.id)} />
      {canRecord && (
        <>
          <RecordPointForm key={measure.kind} goalId={goal.id} goalName={`${heading.area}, ${heading.target}`} measure={measure} progress={progress} author={author} />
          <MeasureSettings measure={measure} pointCount={points.length} onChange={(next) => progress.setMeasure(goal.id, next)} />
        </>
      )}
    </section>
  );
}
