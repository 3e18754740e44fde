import type { PlanSnapshot } from '../../shared/schema';
import { pathKey, type FieldPath } from '../../shared/translations';
import type { RecordedTranslation } from '../translations/TranslationRepository';
import type { ExportTranslations } from './ExportInput';
import type { ExportWords } from './exportWords';
import type { Block, Run, Runs } from './outline';
import { cleanLine, cleanText } from './text';
import { translationWords, type TranslationWords } from './translationWords';

type Judged = { readonly translation: RecordedTranslation; readonly current: boolean };

/**
 * Where a family's copy prints translations of record. Each field the outline draws asks for
 * its translation by path; a current one is printed beside the team's words or instead of them,
 * an out-of-date one only beside them and marked, and a field nobody translated says so. The
 * team's words stay the plan of record: they are never dropped for a stale translation.
 */
export class FieldTranslations {
  private readonly byPath = new Map<string, Judged>();
  private readonly words: TranslationWords;
  private readonly languageName: string;

  constructor(
    private readonly options: ExportTranslations,
    private readonly exportWords: ExportWords,
    private readonly timeZone: string,
  ) {
    this.words = translationWords(exportWords.language);
    this.languageName = this.words.languageName(options.language);
    for (const translation of options.entries) {
      if (translation.language !== options.language) continue;
      const key = pathKey(translation.path);
      const source = options.currentSources?.[key];
      this.byPath.set(key, { translation, current: source !== undefined && source === translation.sourceText });
    }
  }

  /** A field written as paragraphs (a goal's text, a present level, parent input). */
  blocks(path: FieldPath, source: readonly Block[]): Block[] {
    return this.paragraphField(path, source, (runs): Block => ({ kind: 'paragraph', runs }));
  }

  /** The same inside a table cell, where each paragraph is a line of runs. */
  lines(path: FieldPath, source: readonly Runs[]): Runs[] {
    return this.paragraphField(path, source, (runs) => runs);
  }

  private paragraphField<T>(path: FieldPath, source: readonly T[], paragraph: (runs: Runs) => T): T[] {
    if (source.length === 0) return [];
    const found = this.byPath.get(pathKey(path));
    if (!found) return [...source, paragraph([{ text: this.words.untranslated(this.languageName), muted: true, italic: true }])];
    const [first = [], ...rest] = this.paragraphs(found.translation.text);
    if (!found.current) {
      return [...source, paragraph([{ text: this.words.outdated(this.languageName), bold: true, italic: true }, ...first]), ...rest.map(paragraph)];
    }
    if (this.options.mode === 'instead') {
      const byline = { text: this.words.translatedBy(this.languageName, cleanLine(found.translation.author.name)), muted: true, italic: true };
      return [first, ...rest, [byline]].map(paragraph);
    }
    return [...source, paragraph([{ text: this.words.beside(this.languageName), bold: true }, ...first]), ...rest.map(paragraph)];
  }

  /** A short field inside a grid or a table cell: one run of the team's words. */
  runs(path: FieldPath, source: Runs, hasText: boolean): Run[] {
    if (!hasText) return [...source];
    const found = this.byPath.get(pathKey(path));
    if (!found) return [...source, { text: ` (${this.words.untranslated(this.languageName)})`, muted: true, italic: true }];
    const text = cleanText(found.translation.text).replace(/\s*\n\s*/g, ' ').trim();
    if (!found.current) return [...source, { text: ` — ${this.words.outdated(this.languageName)}`, bold: true, italic: true }, { text }];
    if (this.options.mode === 'instead') return [{ text }];
    return [...source, { text: ` — ${this.words.beside(this.languageName)}`, bold: true }, { text }];
  }

  /** Which parts are translated, into what, by whom and whether they still match: printed on the cover. */
  summary(plan: PlanSnapshot): Block[] {
    const heading: Block = { kind: 'heading', level: 2, text: this.words.summaryTitle, section: 'translations' };
    if (this.byPath.size === 0) return [heading, { kind: 'paragraph', runs: [{ text: this.words.summaryNone(this.languageName), italic: true }] }];
    const rows = [...this.byPath.values()].map(({ translation, current }) => [
      [[{ text: partName(translation.path, plan, this.exportWords, this.words) }]],
      [[{ text: this.languageName }]],
      [[{ text: this.words.byline(cleanLine(translation.author.name), this.exportWords.roles[translation.author.role], this.exportWords.date(translation.updatedAt, this.timeZone)) }]],
      [[current ? { text: this.words.current } : { text: this.words.stale, bold: true }]],
    ]);
    return [
      heading,
      { kind: 'paragraph', style: 'intro', runs: [{ text: this.words.summaryIntro(this.languageName, this.options.mode) }] },
      {
        kind: 'table',
        columns: this.words.columns.map((label, index) => ({ label, width: [0.4, 0.15, 0.25, 0.2][index] ?? 0 })),
        rows,
      },
    ];
  }

  private paragraphs(text: string): Run[][] {
    return cleanText(text)
      .split(/\n+/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => [{ text: line }]);
  }
}

/** A translated part named the way this copy names it: "Goal 1: Fine motor · Baseline". */
function partName(path: readonly string[], plan: PlanSnapshot, words: ExportWords, t: TranslationWords): string {
  const [root = '', id = '', field = ''] = path;
  if (root === 'goals') {
    const index = plan.goals.findIndex((goal) => goal.id === id);
    const goal = plan.goals[index];
    const name = goal ? words.goals.name(`${index + 1}`, words.goals.areas[goal.area]) : words.sectionTitles.goals;
    const labels: Record<string, string> = { description: t.fields.goalText, baseline: words.goals.baseline, target: words.goals.target, measurement: words.goals.measured, progressSchedule: words.goals.reported };
    if (field === 'objectives') {
      const number = (goal?.objectives.findIndex((objective) => objective.id === path[3]) ?? -1) + 1;
      return [name, words.goals.objectives, number > 0 ? String(number) : ''].filter(Boolean).join(' · ');
    }
    return [name, labels[field] ?? ''].filter(Boolean).join(' · ');
  }
  if (root === 'services') {
    const service = plan.services.find((entry) => entry.id === id);
    const column = { provider: 1, frequency: 2, duration: 3, location: 4 }[field];
    return [words.sectionTitles.services, service ? words.lists.serviceTypes[service.type] : '', column === undefined ? '' : (words.lists.serviceColumns[column] ?? '')].filter(Boolean).join(' · ');
  }
  if (root === 'supports') {
    const support = plan.supports.find((entry) => entry.id === id);
    return [words.sectionTitles.supports, cleanLine(support?.title ?? '') || words.lists.untitledSupport, field === 'title' ? words.lists.support : t.fields.supportDescription].join(' · ');
  }
  if (root.startsWith('presentLevel.')) {
    const area = plan.presentLevels.find((level) => `presentLevel.${level.area}` === root);
    return [words.sectionTitles.presentLevels, area ? words.goals.areas[area.area] : ''].filter(Boolean).join(' · ');
  }
  if (root === 'presentLevels.curriculumEffect') return `${words.sectionTitles.presentLevels} · ${t.fields.curriculumEffect}`;
  if (root === 'participation') return t.fields.participation;
  if (root === 'assessmentAccommodations') return t.fields.assessmentAccommodations;
  if (root === 'parentInput') return words.sectionTitles.parentInput;
  if (root === 'decisions') {
    const number = plan.decisions.findIndex((decision) => decision.id === id) + 1;
    return `${words.sectionTitles.decisions}${number > 0 ? ` · ${number}` : ''}`;
  }
  return path.join(' · ');
}
