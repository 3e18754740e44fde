import { goalAreaLabels, measureKindLabels, type DataPointView, type GoalMeasure, type GoalView } from '../../shared/schema';
import { summarizeProgress, type GoalProgressSummary, type SettingTrend } from '../../shared/progressTrend';
import { progressCodeLabels, suggestProgressCode, type ProgressCode } from '../../shared/progressCodes';
import type { ExportStudent } from './ExportInput';
import type { Block, ChartBlock, Outline } from './outline';
import { serviceDeliveryBlocks, type ServiceDelivery } from './serviceDeliveryBlocks';
import { cleanLine, formatDate, formatShortDate, settingLabels } from './text';

export interface ProgressReportInput {
  readonly student: ExportStudent;
  readonly period: { readonly from: string; readonly to: string };
  readonly goals: readonly { readonly goal: GoalView; readonly measure: GoalMeasure; readonly points: readonly DataPointView[] }[];
  /** Where the goals come from: the agreed version in force for the period, or the draft when none was. */
  readonly source?: { readonly versionNumber: number; readonly agreedOn: string } | null;
  /** The team's progress code per goal id; a goal without one gets the code the data suggests. */
  readonly codes?: Readonly<Record<string, ProgressCode>>;
  /** `YYYY-MM-DD` the report is issued, and who issues it. */
  readonly issuedOn?: string;
  readonly author?: string;
  /** Each service's minutes delivered in the period, from the service delivery log. */
  readonly services?: readonly ServiceDelivery[];
}

function bounds(measure: GoalMeasure, values: readonly number[]): { min: number; max: number } {
  switch (measure.kind) {
    case 'percent':
      return { min: 0, max: 100 };
    case 'rating':
      return { min: 1, max: measure.ratingMax };
    case 'yes_no':
      return { min: 0, max: 1 };
    default: {
      const all = [...values, ...(measure.target === null ? [] : [measure.target]), ...(measure.baseline === null ? [] : [measure.baseline])];
      return { min: Math.min(0, ...all), max: Math.max(1, ...all) };
    }
  }
}

/** The goal's data in the period as a chart, one line per setting, with its description in words. */
function progressChart(measure: GoalMeasure, points: readonly DataPointView[], summary: GoalProgressSummary, period: { from: string; to: string }): ChartBlock {
  const settings = summary.bySetting.map((trend) => trend.setting);
  const series = settings.map((setting) => ({
    label: settingLabels[setting],
    points: points.filter((point) => point.setting === setting).map((point) => ({ date: point.date, value: point.value })),
  }));
  const described = summary.bySetting
    .map((trend) => `${settingLabels[trend.setting].toLowerCase()}: ${trend.count} point${trend.count === 1 ? '' : 's'}${trend.latest ? `, latest ${formatValue(measure, trend.latest.value)}` : ''}, ${directionWords[trend.direction]}`)
    .join('; ');
  const target = measure.target === null ? '' : ` The dashed line is the target, ${formatValue(measure, measure.target)}.`;
  return {
    kind: 'chart',
    description: `${measureKindLabels[measure.kind]} from ${formatDate(period.from)} to ${formatDate(period.to)}, by setting (${described}).${target}`,
    from: period.from,
    to: period.to,
    ...bounds(measure, points.map((point) => point.value)),
    target: measure.target,
    series,
  };
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
  const source = input.source === undefined ? undefined : input.source;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Progress report' },
    {
      kind: 'fields',
      rows: [
        { label: 'Student', value: [{ text: cleanLine(input.student.name) }] },
        { label: 'School', value: [{ text: cleanLine(input.student.school) || 'Not recorded' }] },
        { label: 'Period', value: [{ text: `${formatDate(input.period.from)} to ${formatDate(input.period.to)}` }] },
        ...(input.issuedOn ? [{ label: 'Issued', value: [{ text: formatDate(input.issuedOn) }] }] : []),
        ...(input.author ? [{ label: 'Prepared by', value: [{ text: cleanLine(input.author) }] }] : []),
        ...(source === undefined
          ? []
          : [
              {
                label: 'Goals from',
                value: source
                  ? [{ text: `Version ${source.versionNumber} of the plan, agreed ${formatDate(source.agreedOn)}` }]
                  : [{ text: 'The live draft: no agreed plan was in force for this period', bold: true }],
              },
            ]),
      ],
    },
    { kind: 'paragraph', style: 'intro', runs: [{ text: 'How the team saw progress on each goal at school, at the clinic and at home during this period.' }] },
    ...serviceDeliveryBlocks(input.services ?? []),
  ];
  input.goals.forEach(({ goal, measure, points }, index) => {
    const summary = summarizeProgress(points, measure, input.period);
    const inPeriod = points.filter((p) => p.date >= input.period.from && p.date <= input.period.to);
    const suggested = suggestProgressCode(summary);
    const chosen = input.codes?.[goal.id] ?? suggested;
    const codeRow = {
      label: 'Progress',
      value: [
        { text: progressCodeLabels[chosen], bold: true },
        { text: chosen === suggested ? ' (as the data suggests)' : ` (chosen by the team; the data suggested: ${progressCodeLabels[suggested].toLowerCase()})`, muted: true },
      ],
    };
    blocks.push(
      { kind: 'heading', level: 2, text: `Goal ${index + 1}: ${goalAreaLabels[goal.area]}`, section: 'goal', newPage: index > 0 },
      {
        kind: 'fields',
        rows: [
          codeRow,
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
    if (inPeriod.length > 0) blocks.push(progressChart(measure, inPeriod, summary, input.period));
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
      // Fixed by the issue date (or the period), so the same report exports to the same bytes.
      date: new Date(`${input.issuedOn ?? input.period.to}T00:00:00Z`),
    },
  };
}
