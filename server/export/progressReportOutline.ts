import { goalAreaLabels, measureKindLabels, type DataPointView, type GoalMeasure, type GoalView } from '../../shared/schema';
import { summarizeProgress, type GoalProgressSummary, type SettingTrend } from '../../shared/progressTrend';
import type { ExportStudent } from './ExportInput';
import type { Block, Outline } from './outline';
import { cleanLine, formatDate, formatShortDate, settingLabels } from './text';

export interface ProgressReportInput {
  readonly student: ExportStudent;
  readonly period: { readonly from: string; readonly to: string };
  readonly goals: readonly { readonly goal: GoalView; readonly measure: GoalMeasure; readonly points: readonly DataPointView[] }[];
}

const directionWords: Record<SettingTrend['direction'], string> = {
  improving: 'improving',
  flat: 'about the same',
  declining: 'going down',
  not_enough_data: 'not enough data yet',
};

function formatValue(measure: GoalMeasure, value: number): string {
  const rounded = Math.round(value * 10) / 10;
  switch (measure.kind) {
    case 'percent':
      return `${rounded}%`;
    case 'minutes':
      return `${rounded} min`;
    case 'rating':
      return `${rounded} of ${measure.ratingMax}`;
    case 'yes_no':
      return value >= 0.5 ? 'yes' : 'no';
    case 'count':
      return `${rounded}`;
  }
}

/**
 * The short narrative a parent reads first: how much was observed where, which way it is
 * going in each setting, the latest value and whether the target is reached. Written from the
 * numbers alone, so it never says more than the data does.
 */
export function progressNarrative(measure: GoalMeasure, summary: GoalProgressSummary, period: { from: string; to: string }): string {
  if (summary.count === 0) return `No observations were recorded between ${formatDate(period.from)} and ${formatDate(period.to)}.`;
  const where = summary.bySetting.map((trend) => `${settingLabels[trend.setting].toLowerCase()} ${trend.count}`).join(', ');
  const sentences = [`Between ${formatDate(period.from)} and ${formatDate(period.to)}, ${summary.count} observation${summary.count === 1 ? ' was' : 's were'} recorded (${where}).`];
  const judged = summary.bySetting.filter((trend) => trend.direction !== 'not_enough_data');
  if (judged.length > 0) {
    sentences.push(`The trend is ${judged.map((trend) => `${directionWords[trend.direction]} at ${trend.setting === 'home' ? 'home' : `the ${trend.setting}`}`).join(', ')}.`);
  }
  if (summary.mixed) sentences.push('Progress differs between settings: worth discussing as a team.');
  if (summary.latest) {
    sentences.push(`Latest: ${formatValue(measure, summary.latest.value)} (${settingLabels[summary.latest.setting].toLowerCase()}, ${formatDate(summary.latest.date)}).`);
  }
  if (measure.target !== null) {
    sentences.push(summary.targetMet ? `The target of ${formatValue(measure, measure.target)} is reached.` : `The target is ${formatValue(measure, measure.target)}.`);
  }
  return sentences.join(' ');
}

/** The periodic progress report to parents (34 CFR 300.320(a)(3)(ii)), as an export outline. */
export function progressReportOutline(input: ProgressReportInput): Outline {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Progress report' },
    {
      kind: 'fields',
      rows: [
        { label: 'Student', value: [{ text: cleanLine(input.student.name) }] },
        { label: 'School', value: [{ text: cleanLine(input.student.school) || 'Not recorded' }] },
        { label: 'Period', value: [{ text: `${formatDate(input.period.from)} to ${formatDate(input.period.to)}` }] },
      ],
    },
    { kind: 'paragraph', style: 'intro', runs: [{ text: 'How the team saw progress on each goal at school, at the clinic and at home during this period.' }] },
  ];
  input.goals.forEach(({ goal, measure, points }, index) => {
    const summary = summarizeProgress(points, measure, input.period);
    const inPeriod = points.filter((p) => p.date >= input.period.from && p.date <= input.period.to);
    blocks.push(
      { kind: 'heading', level: 2, text: `Goal ${index + 1}: ${goalAreaLabels[goal.area]}`, section: 'goal', newPage: index > 0 },
      {
        kind: 'fields',
        rows: [
          { label: 'Target', value: [{ text: cleanLine(goal.target) || 'Not filled in' }] },
          { label: 'Measured as', value: [{ text: measureKindLabels[measure.kind] }] },
          ...summary.bySetting.map((trend) => ({
            label: settingLabels[trend.setting],
            value: [{ text: `${trend.count} observation${trend.count === 1 ? '' : 's'}, ${directionWords[trend.direction]}${trend.latest ? `, latest ${formatValue(measure, trend.latest.value)}` : ''}` }],
          })),
        ],
      },
      { kind: 'paragraph', runs: [{ text: progressNarrative(measure, summary, input.period) }] },
    );
    if (inPeriod.length > 0) {
      blocks.push({
        kind: 'table',
        columns: [
          { label: 'Date', width: 0.2 },
          { label: 'Setting', width: 0.15 },
          { label: 'Value', width: 0.15 },
          { label: 'Recorded by', width: 0.2 },
          { label: 'Note', width: 0.3 },
        ],
        rows: inPeriod.map((p) => [
          [[{ text: formatShortDate(p.date) }]],
          [[{ text: settingLabels[p.setting] }]],
          [[{ text: formatValue(measure, p.value) }]],
          [[{ text: cleanLine(p.recordedBy.name) }]],
          [[{ text: cleanLine(p.note) }]],
        ]),
      });
    }
  });
  return {
    blocks,
    draftMark: null,
    footer: `Progress report, ${formatShortDate(input.period.from)} to ${formatShortDate(input.period.to)}`,
    properties: {
      title: 'Progress report',
      subject: 'Progress on IEP goals',
      keywords: `progress ${input.period.from} ${input.period.to}`,
      // Fixed by the period, so the same report exports to the same bytes.
      date: new Date(`${input.period.to}T00:00:00Z`),
    },
  };
}
