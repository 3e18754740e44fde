import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { summarizeProgress, type GoalProgressSummary } from '../../shared/progressTrend';
import { planDoc, ProgressDoc, type DataPointView, type GoalMeasure, type GoalView } from '../../shared/schema';

export interface GoalProgress {
  readonly goal: GoalView;
  readonly measure: GoalMeasure;
  readonly points: readonly DataPointView[];
  readonly summary: GoalProgressSummary;
}

export interface ProgressData {
  readonly progress: ProgressDoc;
  /** Goals in plan order, each with its measure, points and trends. */
  readonly goals: readonly GoalProgress[];
}

/**
 * Everything the progress screens show, read again whenever either document changes: a goal
 * renamed in the plan and a point recorded at the clinic both show up at once for everyone.
 */
export function useProgressData(planYDoc: Y.Doc, progressYDoc: Y.Doc): ProgressData {
  const plan = useMemo(() => planDoc(planYDoc), [planYDoc]);
  const progress = useMemo(() => new ProgressDoc(progressYDoc), [progressYDoc]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const bump = () => setVersion((previous) => previous + 1);
    const stopGoals = plan.goals.observe(bump);
    const stopProgress = progress.observe(bump);
    // Something may have arrived between the first render and subscribing.
    bump();
    return () => {
      stopGoals();
      stopProgress();
    };
  }, [plan, progress]);

  const goals = useMemo(() => {
    void version;
    const points = progress.list();
    return plan.goals.list().map((goal): GoalProgress => {
      const measure = progress.measure(goal.id);
      const own = points.filter((point) => point.goalId === goal.id);
      return { goal, measure, points: own, summary: summarizeProgress(own, measure) };
    });
  }, [plan, progress, version]);

  return { progress, goals };
}
