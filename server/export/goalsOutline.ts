import type { Author, GoalView, LinkView } from '../../shared/schema';
import { exportWords, type ExportWords } from './exportWords';
import type { Block, Cell, FieldRow, ListItem, Run } from './outline';
import { richTextBlocks } from './richTextBlocks';
import { cleanLine, cleanText, joinLabels, valueRuns } from './text';
import type { FieldTranslations } from './translatedFields';

/**
 * The goals section: each measurable annual goal with the fields the law asks for, its
 * short-term objectives, and the complementary goals it is linked with in other settings
 * (the school pencil-grip goal next to the clinic hand-strength goal behind it).
 */

/** "Goal 2: Fine motor": goals have no title of their own, so number and area name them. */
export function goalName(goal: GoalView, numbers: ReadonlyMap<string, number>, words: ExportWords = exportWords('en')): string {
  return words.goals.name(`${numbers.get(goal.id) ?? '?'}`, words.goals.areas[goal.area]);
}

function settingsText(goal: GoalView, words: ExportWords): string {
  return joinLabels(goal.settings.map((setting) => words.settings[setting]), words.goals.noSetting);
}

/** "Added by Priya Nair, school" in the export's language; the name is the record's. */
function provenance(author: Author | null, words: ExportWords, verb = words.goals.addedBy): Run[] {
  if (!author) return [];
  return [{ text: `${verb} ${cleanLine(author.name)}, ${words.settings[author.setting].toLowerCase()}`, muted: true }];
}

function goalFields(goal: GoalView, words: ExportWords, translated?: FieldTranslations): FieldRow[] {
  const label = words.goals;
  const shown = (text: string) => valueRuns(text, label.notFilled);
  const value = (text: string, field: string) =>
    translated && field ? translated.runs(['goals', goal.id, field], shown(text), cleanText(text).trim() !== '') : shown(text);
  return [
    { label: label.workedOnAt, value: [{ text: settingsText(goal, words) }] },
    {
      label: label.responsible,
      value: [{ text: joinLabels(goal.responsibleRoles.map((role) => words.roles[role]), label.notAssigned) }],
    },
    { label: label.baseline, value: value(goal.baseline, 'baseline') },
    { label: label.target, value: value(goal.target, 'target') },
    { label: label.measured, value: value(goal.measurement, 'measurement') },
    { label: label.reported, value: value(goal.progressSchedule, 'progressSchedule') },
    { label: label.status, value: [{ text: label.statuses[goal.status] }] },
  ];
}

function objectivesBlocks(goal: GoalView, words: ExportWords, translated?: FieldTranslations): Block[] {
  if (goal.objectives.length === 0) return [];
  const items: ListItem[] = goal.objectives.map((objective) => {
    const written = valueRuns(objective.text, words.goals.notFilled);
    const path = ['goals', goal.id, 'objectives', objective.id, 'text'];
    const runs: Run[] = translated ? translated.runs(path, written, cleanText(objective.text).trim() !== '') : [...written];
    if (objective.done) runs.push({ text: words.goals.met, bold: true });
    for (const run of provenance(objective.createdBy, words)) runs.push({ ...run, text: ` · ${run.text}` });
    return { runs };
  });
  return [
    { kind: 'paragraph', runs: [{ text: words.goals.objectives, bold: true }] },
    { kind: 'list', ordered: true, items },
  ];
}

function linkedBlocks(goal: GoalView, byId: ReadonlyMap<string, GoalView>, numbers: ReadonlyMap<string, number>, words: ExportWords): Block[] {
  const items: ListItem[] = [];
  for (const link of goal.links) {
    const other = byId.get(link.goalId);
    if (!other) continue;
    const runs: Run[] = [{ text: goalName(other, numbers, words), bold: true }, { text: ` (${settingsText(other, words)})` }];
    const note = cleanText(link.note).trim();
    if (note) runs.push({ text: `: ${note}` });
    items.push({ runs });
  }
  if (items.length === 0) return [];
  return [
    { kind: 'paragraph', runs: [{ text: words.goals.linkedWith, bold: true }] },
    { kind: 'list', ordered: false, items },
  ];
}

function goalCell(goal: GoalView, numbers: ReadonlyMap<string, number>, words: ExportWords): Cell {
  return [
    [{ text: goalName(goal, numbers, words), bold: true }],
    [{ text: words.goals.at(settingsText(goal, words)), muted: true }],
    valueRuns(goal.target, words.goals.noTarget),
  ];
}

/** Linked goals side by side, one row per link, so the team sees how the settings fit together. */
function complementaryTable(links: readonly LinkView[], byId: ReadonlyMap<string, GoalView>, numbers: ReadonlyMap<string, number>, words: ExportWords): Block[] {
  const label = words.goals;
  const rows: Cell[][] = [];
  for (const link of links) {
    const [first, second] = link.goalIds.map((id) => byId.get(id));
    if (!first || !second) continue;
    // Put the goals in plan order so "Goal 1" sits on the left.
    const [left, right] = (numbers.get(first.id) ?? 0) <= (numbers.get(second.id) ?? 0) ? [first, second] : [second, first];
    const note = cleanText(link.note).trim();
    rows.push([goalCell(left, numbers, words), goalCell(right, numbers, words), [note ? [{ text: note }] : [{ text: label.noNote, muted: true, italic: true }], provenance(link.createdBy, words, label.linkedBy)]]);
  }
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: label.complementary },
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [{ text: label.complementaryIntro }],
    },
    {
      kind: 'table',
      columns: [
        { label: label.goal, width: 0.36 },
        { label: label.worksWith, width: 0.36 },
        { label: label.fit, width: 0.28 },
      ],
      rows,
    },
  ];
}

export function goalsBlocks(goals: readonly GoalView[], links: readonly LinkView[], words: ExportWords = exportWords('en'), translated?: FieldTranslations): Block[] {
  if (goals.length === 0) {
    return [{ kind: 'paragraph', runs: [{ text: words.goals.none, muted: true, italic: true }] }];
  }
  const numbers = new Map(goals.map((goal, index) => [goal.id, index + 1]));
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const blocks: Block[] = [];
  for (const goal of goals) {
    blocks.push({ kind: 'heading', level: 3, text: goalName(goal, numbers, words) });
    const description = richTextBlocks(goal.description, 4);
    blocks.push(...(translated ? translated.blocks(['goals', goal.id, 'description'], description) : description));
    blocks.push({ kind: 'fields', rows: goalFields(goal, words, translated) });
    blocks.push(...objectivesBlocks(goal, words, translated));
    blocks.push(...linkedBlocks(goal, byId, numbers, words));
    const by = provenance(goal.createdBy, words);
    if (by.length > 0) blocks.push({ kind: 'paragraph', runs: by });
  }
  blocks.push(...complementaryTable(links, byId, numbers, words));
  return blocks;
}

