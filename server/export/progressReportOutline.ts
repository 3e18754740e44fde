import type { DataPointView, GoalMeasure, GoalView } from '../../shared/schema';
import type { Language } from '../../shared/i18n/languages';
import { languageInfo } from '../../shared/i18n/languages';
import { summarizeProgress, type GoalProgressSummary } from '../../shared/progressTrend';
import { suggestProgressCode, type ProgressCode } from '../../shared/progressCodes';
import type { ExportStudent } from './ExportInput';
import type { Block, ChartBlock, Outline } from './outline';
import { serviceDeliveryBlocks, type ServiceDelivery } from './serviceDeliveryBlocks';
import { formatDate, formatShortDate, settingLabels } from './text';
import { progressWords, type ProgressWords } from './progressWords';
import { rendererWords } from './rendererWords';
import { cleanLine, madeAtDate } from './text';

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
  /** The language of the fixed text; English when absent. */
  readonly language?: Language;
  /** When this copy is made (ISO instant), the date its file carries; now when absent. */
  readonly madeAt?: string;
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
function progressChart(measure: GoalMeasure, points: readonly DataPointView[], summary: GoalProgressSummary, period: { from: string; to: string }, w: ProgressWords): ChartBlock {
  const settings = summary.bySetting.map((trend) => trend.setting);
  const series = settings.map((setting) => ({
    label: w.settings[setting],
    setting,
    points: points.filter((point) => point.setting === setting).map((point) => ({ date: point.date, value: point.value })),
  }));
  const described = summary.bySetting
    .map((trend) => w.chartSetting(w.settings[trend.setting].toLowerCase(), trend.count, trend.latest ? formatValue(measure, trend.latest.value, w) : null, w.directions[trend.direction]))
    .join('; ');
  const { min, max } = bounds(measure, points.map((point) => point.value));
  return {
    kind: 'chart',
    description: w.chart(w.kinds[measure.kind], w.date(period.from), w.date(period.to), described, measure.target === null ? null : formatValue(measure, measure.target, w)),
    from: period.from,
    to: period.to,
    min,
    max,
    target: measure.target,
    series,
    axis: {
      low: scaleValue(measure, min, w),
      high: scaleValue(measure, max, w),
      from: w.shortDate(period.from),
      to: w.shortDate(period.to),
      target: measure.target === null ? null : w.chartTarget(formatValue(measure, measure.target, w)),
    },
    ...(w.language === 'en' ? {} : { caption: rendererWords(languageInfo[w.language].locale).chart }),
  };
}

function formatValue(measure: GoalMeasure, value: number, w: ProgressWords): string {
  const rounded = Math.round(value * 10) / 10;
  switch (measure.kind) {
    case 'percent':
      return `${rounded}%`;
    case 'minutes':
      return w.values.minutes(rounded);
    case 'rating':
      return w.values.ratingOf(rounded, measure.ratingMax);
    case 'yes_no':
      return value >= 0.5 ? w.values.yes : w.values.no;
    case 'count':
      return `${rounded}`;
  }
}

/** A value at the end of the chart's scale: a rating as its number alone ("5", not "5 of 5"). */
function scaleValue(measure: GoalMeasure, value: number, w: ProgressWords): string {
  return measure.kind === 'rating' ? `${value}` : formatValue(measure, value, w);
}

/**
 * The short narrative a parent reads first: how much was observed where, which way it is
 * going in each setting, the latest value and whether the target is reached. Written from the
 * numbers alone, so it never says more than the data does.
 */
export function progressNarrative(measure: GoalMeasure, summary: GoalProgressSummary, period: { from: string; to: string }, w: ProgressWords = progressWords('en')): string {
  const said = w.narrative;
  const from = w.date(period.from);
  const to = w.date(period.to);
  if (summary.count === 0) return said.none(from, to);
  const where = summary.bySetting.map((trend) => `${w.settings[trend.setting].toLowerCase()} ${trend.count}`).join(', ');
  const sentences = [said.counted(from, to, summary.count, where)];
  const judged = summary.bySetting.filter((trend) => trend.direction !== 'not_enough_data');
  if (judged.length > 0) sentences.push(said.trend(judged.map((trend) => said.trendAt(w.directions[trend.direction], trend.setting)).join(', ')));
  if (summary.mixed) sentences.push(said.mixed);
  if (summary.latest) {
    sentences.push(said.latest(formatValue(measure, summary.latest.value, w), w.settings[summary.latest.setting].toLowerCase(), w.date(summary.latest.date)));
  }
  if (measure.target !== null) {
    sentences.push(summary.targetMet ? said.targetMet(formatValue(measure, measure.target, w)) : said.target(formatValue(measure, measure.target, w)));
  }
  return sentences.join(' ');
}

/** The periodic progress report to parents (34 CFR 300.320(a)(3)(ii)), as an export outline. */
export function progressReportOutline(input: ProgressReportInput): Outline {
  const w = progressWords(input.language);
  const source = input.source === undefined ? undefined : input.source;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: w.title },
    {
      kind: 'fields',
      rows: [
        { label: w.student, value: [{ text: cleanLine(input.student.name) }] },
        { label: w.school, value: [{ text: cleanLine(input.student.school) || w.notRecorded }] },
        { label: w.period, value: [{ text: w.periodValue(w.date(input.period.from), w.date(input.period.to)) }] },
        ...(input.issuedOn ? [{ label: w.issued, value: [{ text: w.date(input.issuedOn) }] }] : []),
        ...(input.author ? [{ label: w.preparedBy, value: [{ text: cleanLine(input.author) }] }] : []),
        ...(source === undefined
          ? []
          : [
              {
                label: w.goalsFrom,
                value: source ? [{ text: w.fromVersion(source.versionNumber, w.date(source.agreedOn)) }] : [{ text: w.fromDraft, bold: true }],
              },
            ]),
      ],
    },
    { kind: 'paragraph', style: 'intro', runs: [{ text: w.intro }] },
    ...serviceDeliveryBlocks(input.services ?? []),
  ];
  input.goals.forEach(({ goal, measure, points }, index) => {
    const summary = summarizeProgress(points, measure, input.period);
    const inPeriod = points.filter((p) => p.date >= input.period.from && p.date <= input.period.to);
    const suggested = suggestProgressCode(summary);
    const chosen = input.codes?.[goal.id] ?? suggested;
    const codeRow = {
      label: w.progress,
      value: [
        { text: w.codes[chosen], bold: true },
        { text: chosen === suggested ? w.asSuggested : w.chosen(w.codes[suggested]), muted: true },
      ],
    };
    blocks.push(
      { kind: 'heading', level: 2, text: w.goal(index + 1, w.areas[goal.area]), section: 'goal', newPage: index > 0 },
      {
        kind: 'fields',
        rows: [
          codeRow,
          { label: w.target, value: [{ text: cleanLine(goal.target) || w.notFilled }] },
          { label: w.measuredAs, value: [{ text: w.kinds[measure.kind] }] },
          ...summary.bySetting.map((trend) => ({
            label: w.settings[trend.setting],
            value: [{ text: w.observations(trend.count, w.directions[trend.direction], trend.latest ? formatValue(measure, trend.latest.value, w) : null) }],
          })),
        ],
      },
      { kind: 'paragraph', runs: [{ text: progressNarrative(measure, summary, input.period, w) }] },
    );
    if (inPeriod.length > 0) blocks.push(progressChart(measure, inPeriod, summary, input.period, w));
    if (inPeriod.length > 0) {
      const [date, setting, value, recordedBy, note] = w.columns;
      blocks.push({
        kind: 'table',
        columns: [
          { label: date, width: 0.2 },
          { label: setting, width: 0.15 },
          { label: value, width: 0.15 },
          { label: recordedBy, width: 0.2 },
          { label: note, width: 0.3 },
        ],
        rows: inPeriod.map((p) => [
          [[{ text: w.shortDate(p.date) }]],
          [[{ text: w.settings[p.setting] }]],
          [[{ text: formatValue(measure, p.value, w) }]],
          [[{ text: cleanLine(p.recordedBy.name) }]],
          [[{ text: cleanLine(p.note) }]],
        ]),
      });
    }
  });
  return {
    blocks,
    draftMark: null,
    footer: w.footer(w.shortDate(input.period.from), w.shortDate(input.period.to)),
    properties: {
      title: w.title,
      subject: w.subject,
      ...(w.language === 'en' ? {} : { language: languageInfo[w.language].locale }),
      keywords: `progress ${input.period.from} ${input.period.to}`,
      // When it was made: a report reads the live data, so it is no record that must come out
      // the same twice. The Issued line on its cover gives the school's day.
      date: madeAtDate(input.madeAt),
    },
  };
}
