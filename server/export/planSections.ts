import type { PlanSnapshot, ServiceView, SupportView } from '../../shared/schema';
import { supportSettings, type Author, type DecisionView, type SupportSetting } from '../../shared/schema';
import { emptyLine } from './formAnswers';
import { exportWords, type ExportWords } from './exportWords';
import type { Block, Cell, ListItem, Run } from './outline';
import { richTextLines, richTextOrEmpty } from './richTextBlocks';
import { cleanLine, cleanText, formatShortDate, valueRuns } from './text';
import type { FieldTranslations } from './translatedFields';
import { sectionWords, type SectionWords } from './sectionWords';

/** The plan's sections after the goals, in the law's checklist order (34 CFR 300.320). */


function lineOf(value: string, empty = '—'): Run[] {
  const text = cleanText(value).trim();
  return text ? [{ text }] : [{ text: empty, muted: true }];
}

/** "Added by Priya Nair, school" in the export's language; the name is the record's. */
function provenance(author: Author | null, words: ExportWords, verb = words.goals.addedBy): Run[] {
  if (!author) return [];
  return [{ text: `${verb} ${cleanLine(author.name)}, ${words.settings[author.setting].toLowerCase()}`, muted: true }];
}

/** Dates in tables: English keeps its short form ("Sep 2, 2025"); other languages their own. */
function shortDate(value: string, words: ExportWords): string {
  if (!value) return '';
  return words.language === 'en' ? formatShortDate(value) : words.date(value, 'UTC');
}

function serviceRow(service: ServiceView, words: ExportWords, translated?: FieldTranslations): Cell[] {
  const by = provenance(service.createdBy, words);
  // The team's words of a service line, with their translation in a family's copy.
  const line = (key: 'provider' | 'frequency' | 'duration' | 'location'): Run[] =>
    translated ? translated.runs(['services', service.id, key], lineOf(service[key]), cleanText(service[key]).trim() !== '') : lineOf(service[key]);
  return [
    [[{ text: words.lists.serviceTypes[service.type], bold: true }], ...(by.length > 0 ? [by] : [])],
    [line('provider')],
    [line('frequency')],
    [line('duration')],
    [line('location'), ...servicePlacementLines(service, words)],
    [lineOf(shortDate(service.startDate, words))],
    [lineOf(shortDate(service.endDate ?? '', words), words.lists.notSet)],
  ];
}

/** Inside or outside general education, and minutes a week: what placement adds up (300.320(a)(5)). */
function servicePlacementLines(service: ServiceView, words: ExportWords): Run[][] {
  const parts = [service.setting ? words.lists.serviceSettings[service.setting] : '', service.minutesPerWeek === null ? '' : words.lists.minutesAWeek(service.minutesPerWeek)].filter(Boolean);
  return parts.length > 0 ? [[{ text: parts.join(', '), muted: true }]] : [];
}

const serviceWidths = [0.19, 0.16, 0.14, 0.11, 0.14, 0.13, 0.13] as const;

export function servicesBlocks(services: readonly ServiceView[], words: ExportWords = exportWords('en'), translated?: FieldTranslations): Block[] {
  if (services.length === 0) return [emptyLine(words.lists.noServices)];
  return [
    {
      kind: 'table',
      columns: words.lists.serviceColumns.map((label, index) => ({ label, width: serviceWidths[index] ?? 0 })),
      rows: services.map((service) => serviceRow(service, words, translated)),
    },
  ];
}

export const supportSettingLabels: Record<SupportSetting, string> = exportWords('en').lists.supportSettings;

function supportCell(support: SupportView, words: ExportWords, translated?: FieldTranslations): Cell {
  const description = richTextLines(support.description);
  const title = cleanLine(support.title);
  const by = provenance(support.createdBy, words);
  const named: Run[] = [{ text: title || words.lists.untitledSupport, bold: true, italic: !title }];
  return [
    translated ? translated.runs(['supports', support.id, 'title'], named, title !== '') : named,
    [{ text: words.lists.supportKinds[support.kind], muted: true }],
    ...(translated ? translated.lines(['supports', support.id, 'description'], description) : description),
    ...supportScheduleLines(support, words),
    ...(by.length > 0 ? [by] : []),
  ];
}

/** When, how often, where and how long (300.320(a)(7)), only the parts the team filled in. */
function supportScheduleLines(support: SupportView, words: ExportWords): Run[][] {
  const parts = [
    support.startDate ? words.lists.from(shortDate(support.startDate, words)) : '',
    cleanLine(support.frequency),
    cleanLine(support.location),
    cleanLine(support.duration),
  ].filter(Boolean);
  return parts.length > 0 ? [[{ text: parts.join(' · '), muted: true }]] : [];
}

function useCell(support: SupportView, setting: SupportSetting, words: ExportWords): Cell {
  const use = support.use[setting];
  const note = cleanText(use.note).trim();
  // Words, not only a tick: readable aloud by a screen reader and in a black-and-white print.
  const status: Run = { text: words.lists.supportStatuses[use.status], bold: use.status === 'used', muted: use.status !== 'used' };
  return note ? [[status], [{ text: note }]] : [[status]];
}

export function supportsBlocks(supports: readonly SupportView[], words: ExportWords = exportWords('en'), translated?: FieldTranslations): Block[] {
  if (supports.length === 0) return [emptyLine(words.lists.noSupports)];
  return [
    {
      kind: 'table',
      columns: [
        { label: words.lists.support, width: 0.34 },
        ...supportSettings.map((setting) => ({ label: words.lists.supportSettings[setting], width: 0.22 })),
      ],
      rows: supports.map((support) => [supportCell(support, words, translated), ...supportSettings.map((setting) => useCell(support, setting, words))]),
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
export function specialFactorsBlocks(plan: PlanSnapshot, w: SectionWords = sectionWords('en')): Block[] {
  // English keeps the label each factor carries; another language names it from its own words.
  const factorName = (factor: PlanSnapshot['specialFactors'][number]) => (w.language === 'en' ? factor.label : w.vocab.specialFactor[factor.factor]);
  if (plan.specialFactors.every((factor) => !factor.considered && cleanText(factor.note).trim() === '')) {
    return [emptyLine(w.specialFactors.notConsidered(plan.specialFactors.map(factorName).join('; ')))];
  }
  return [
    {
      kind: 'table',
      columns: [
        { label: w.specialFactors.factor, width: 0.36 },
        { label: w.specialFactors.considered, width: 0.18 },
        { label: w.specialFactors.notes, width: 0.46 },
      ],
      rows: plan.specialFactors.map((factor) => [
        [[{ text: factorName(factor) }]],
        [factor.considered ? [{ text: w.yes, bold: true }] : [{ text: w.no, muted: true }]],
        [lineOf(factor.note)],
      ]),
    },
  ];
}

export function decisionItems(decisions: readonly DecisionView[], timeZone: string, words: ExportWords = exportWords('en'), translated?: FieldTranslations): ListItem[] {
  return decisions.map((decision) => {
    const written = valueRuns(decision.text, words.goals.notFilled);
    const runs: Run[] = translated ? translated.runs(['decisions', decision.id, 'text'], written, cleanText(decision.text).trim() !== '') : [...written];
    const date = decision.decidedAt ? words.date(decision.decidedAt, timeZone) : '';
    const by = provenance(decision.createdBy, words, words.lists.recordedBy);
    const context = [date, ...by.map((run) => run.text)].filter(Boolean);
    if (context.length > 0) runs.push({ text: ` (${context.join(', ')})`, muted: true });
    return { runs };
  });
}

export function decisionsBlocks(decisions: readonly DecisionView[], timeZone: string, words: ExportWords = exportWords('en'), translated?: FieldTranslations): Block[] {
  if (decisions.length === 0) return [emptyLine(words.lists.noDecisions)];
  return [{ kind: 'list', ordered: true, items: decisionItems(decisions, timeZone, words, translated) }];
}

export function parentInputBlocks(plan: PlanSnapshot, words: ExportWords = exportWords('en')): Block[] {
  return richTextOrEmpty(plan.parentInput, words.lists.nothingWritten);
}
