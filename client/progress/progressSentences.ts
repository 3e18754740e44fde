import type { GoalProgressSummary } from '../../shared/progressTrend';
import { type DataPointView, type GoalMeasure, type GoalView } from '../../shared/schema';
import { axisTitle, directionWords, formatDay, formatValue, joinWords, settingNames, settingPlaces } from './progressLabels';
import { goalAreaLabels } from '../i18n/vocabulary';
import { i18n } from '../i18n/i18n';

const maxTargetLength = 120;

/** How a goal is named on these screens: its area, then what the team is aiming for. */
export function goalHeading(goal: GoalView): { area: string; target: string } {
  const line = goal.target.split('\n').find((candidate) => candidate.trim() !== '')?.trim() ?? '';
  const target = line.length > maxTargetLength ? `${line.slice(0, maxTargetLength - 1).trimEnd()}…` : line;
  return { area: goalAreaLabels[goal.area], target: target || i18n.t('progress.noTarget') };
}

/**
 * "Improving at the clinic but not at school — worth discussing": the situation the team
 * most needs to see, progress in one setting and struggle in another. Null when not mixed.
 */
export function mixedMessage(summary: GoalProgressSummary): string | null {
  if (!summary.mixed) return null;
  const judged = summary.bySetting.filter((trend) => trend.direction !== 'not_enough_data');
  const improving = judged.filter((trend) => trend.direction === 'improving').map((trend) => settingPlaces[trend.setting]);
  const notImproving = judged.filter((trend) => trend.direction !== 'improving').map((trend) => settingPlaces[trend.setting]);
  return i18n.t('progress.mixed', { better: joinWords(improving), worse: joinWords(notImproving, 'or') });
}

/** The chart in one paragraph, for its aria-label and anyone who cannot see it. */
export function chartSummary(points: readonly DataPointView[], measure: GoalMeasure, summary: GoalProgressSummary): string {
  if (points.length === 0) return i18n.t('progress.chartEmpty', { measure: axisTitle(measure).toLowerCase() });
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const parts: string[] = [
    i18n.t('progress.chartPoints', { measure: axisTitle(measure).toLowerCase(), count: points.length, from: formatDay(first.date), to: formatDay(last.date) }),
  ];
  for (const trend of summary.bySetting) {
    const words = { setting: settingNames[trend.setting], direction: directionWords[trend.direction] };
    parts.push(trend.latest ? i18n.t('progress.chartSettingLatest', { ...words, value: formatValue(measure, trend.latest.value) }) : i18n.t('progress.chartSetting', words));
  }
  if (measure.baseline !== null) parts.push(i18n.t('progress.chartBaseline', { value: formatValue(measure, measure.baseline) }));
  if (measure.target !== null) parts.push(i18n.t('progress.chartTarget', { value: formatValue(measure, measure.target) }));
  if (!measure.higherIsBetter) parts.push(i18n.t('progress.lowerIsBetter'));
  return parts.join(' ');
}
