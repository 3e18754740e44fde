import type { PlanSnapshot, ServiceView, SupportView } from '../../shared/schema';
import { serviceSettingLabels, serviceTypeLabels, supportKindLabels, supportSettings, supportStatusLabels, type DecisionView, type SupportSetting } from '../../shared/schema';
import { emptyLine } from './formAnswers';
import type { Block, Cell, ListItem, Run } from './outline';
import { richTextLines, richTextOrEmpty } from './richTextBlocks';
import { addedBy, cleanLine, cleanText, formatDate, formatShortDate, valueRuns } from './text';

/** The plan's sections after the goals, in the law's checklist order (34 CFR 300.320). */


function lineOf(value: string, empty = '—'): Run[] {
  const text = cleanText(value).trim();
  return text ? [{ text }] : [{ text: empty, muted: true }];
}

function serviceRow(service: ServiceView): Cell[] {
  const by = addedBy(service.createdBy);
  return [
    [[{ text: serviceTypeLabels[service.type], bold: true }], ...(by.length > 0 ? [by] : [])],
    [lineOf(service.provider)],
    [lineOf(service.frequency)],
    [lineOf(service.duration)],
    [lineOf(service.location), ...servicePlacementLines(service)],
    [lineOf(formatShortDate(service.startDate))],
    [lineOf(formatShortDate(service.endDate ?? ''), 'Not set')],
  ];
}

/** Inside or outside general education, and minutes a week: what placement adds up (300.320(a)(5)). */
function servicePlacementLines(service: ServiceView): Run[][] {
  const parts = [service.setting ? serviceSettingLabels[service.setting] : '', service.minutesPerWeek === null ? '' : `${service.minutesPerWeek} min a week`].filter(Boolean);
  return parts.length > 0 ? [[{ text: parts.join(', '), muted: true }]] : [];
}

export function servicesBlocks(services: readonly ServiceView[]): Block[] {
  if (services.length === 0) return [emptyLine('No services have been added yet.')];
  return [
    {
      kind: 'table',
      columns: [
        { label: 'Service', width: 0.19 },
        { label: 'Provider', width: 0.16 },
        { label: 'How often', width: 0.14 },
        { label: 'How long', width: 0.11 },
        { label: 'Where', width: 0.14 },
        { label: 'Starts', width: 0.13 },
        { label: 'Ends', width: 0.13 },
      ],
      rows: services.map(serviceRow),
    },
  ];
}

export const supportSettingLabels: Record<SupportSetting, string> = {
  classroom: 'Classroom',
  clinic: 'Clinic',
  home: 'Home',
};

function supportCell(support: SupportView): Cell {
  const title = cleanLine(support.title);
  const by = addedBy(support.createdBy);
  return [
    [{ text: title || 'Untitled support', bold: true, italic: !title }],
    [{ text: supportKindLabels[support.kind], muted: true }],
    ...richTextLines(support.description),
    ...supportScheduleLines(support),
    ...(by.length > 0 ? [by] : []),
  ];
}

/** When, how often, where and how long (300.320(a)(7)), only the parts the team filled in. */
function supportScheduleLines(support: SupportView): Run[][] {
  const parts = [
    support.startDate ? `From ${formatShortDate(support.startDate)}` : '',
    cleanLine(support.frequency),
    cleanLine(support.location),
    cleanLine(support.duration),
  ].filter(Boolean);
  return parts.length > 0 ? [[{ text: parts.join(' · '), muted: true }]] : [];
}

function useCell(support: SupportView, setting: SupportSetting): Cell {
  const use = support.use[setting];
  const note = cleanText(use.note).trim();
  // Words, not only a tick: readable aloud by a screen reader and in a black-and-white print.
  const status: Run = { text: supportStatusLabels[use.status], bold: use.status === 'used', muted: use.status !== 'used' };
  return note ? [[status], [{ text: note }]] : [[status]];
}

export function supportsBlocks(supports: readonly SupportView[]): Block[] {
  if (supports.length === 0) return [emptyLine('No supports have been added yet.')];
  return [
    {
      kind: 'table',
      columns: [
        { label: 'Support', width: 0.34 },
        ...supportSettings.map((setting) => ({ label: supportSettingLabels[setting], width: 0.22 })),
      ],
      rows: supports.map((support) => [supportCell(support), ...supportSettings.map((setting) => useCell(support, setting))]),
    },
  ];
}

export function participationBlocks(plan: PlanSnapshot): Block[] {
  return [
    { kind: 'heading', level: 3, text: 'Time away from classmates without disabilities' },
    ...richTextOrEmpty(plan.participation, 'Nothing written yet.', 4),
    { kind: 'heading', level: 3, text: 'Accommodations in state and district tests' },
    ...richTextOrEmpty(plan.assessmentAccommodations, 'Nothing written yet.', 4),
  ];
}

/** Until the team considers any factor, the factors are named in one line rather than a table of "No". */
export function specialFactorsBlocks(plan: PlanSnapshot): Block[] {
  if (plan.specialFactors.every((factor) => !factor.considered && cleanText(factor.note).trim() === '')) {
    return [emptyLine(`Not considered yet. The law asks the team to consider each of these for every child: ${plan.specialFactors.map((factor) => factor.label).join('; ')}.`)];
  }
  return [
    {
      kind: 'table',
      columns: [
        { label: 'Factor', width: 0.36 },
        { label: 'Considered', width: 0.18 },
        { label: 'Notes', width: 0.46 },
      ],
      rows: plan.specialFactors.map((factor) => [
        [[{ text: factor.label }]],
        [factor.considered ? [{ text: 'Yes', bold: true }] : [{ text: 'No', muted: true }]],
        [lineOf(factor.note)],
      ]),
    },
  ];
}

export function decisionItems(decisions: readonly DecisionView[], timeZone: string): ListItem[] {
  return decisions.map((decision) => {
    const runs: Run[] = [...valueRuns(decision.text)];
    const date = formatDate(decision.decidedAt, timeZone);
    const by = addedBy(decision.createdBy, 'recorded by');
    const context = [date, ...by.map((run) => run.text)].filter(Boolean);
    if (context.length > 0) runs.push({ text: ` (${context.join(', ')})`, muted: true });
    return { runs };
  });
}

export function decisionsBlocks(decisions: readonly DecisionView[], timeZone: string): Block[] {
  if (decisions.length === 0) return [emptyLine('No decisions have been recorded yet.')];
  return [{ kind: 'list', ordered: true, items: decisionItems(decisions, timeZone) }];
}

export function parentInputBlocks(plan: PlanSnapshot): Block[] {
  return richTextOrEmpty(plan.parentInput, 'Nothing written yet.');
}
