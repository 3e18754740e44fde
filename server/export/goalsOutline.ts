import { roleDefinitions } from '../../shared/roles';
import { goalAreaLabels, type GoalStatus, type GoalView, type LinkView } from '../../shared/schema';
import type { Block, Cell, FieldRow, ListItem, Run } from './outline';
import { richTextBlocks } from './richTextBlocks';
import { addedBy, cleanText, joinLabels, settingLabels, valueRuns } from './text';

/**
 * The goals section: each measurable annual goal with the fields the law asks for, its
 * short-term objectives, and the complementary goals it is linked with in other settings
 * (the school pencil-grip goal next to the clinic hand-strength goal behind it).
 */

const goalStatusLabels: Record<GoalStatus, string> = {
  draft: 'Being written',
  active: 'Being worked on',
  met: 'Met',
  discontinued: 'Stopped',
};

/** "Goal 2: Fine motor": goals have no title of their own, so number and area name them. */
export function goalName(goal: GoalView, numbers: ReadonlyMap<string, number>): string {
  return `Goal ${numbers.get(goal.id) ?? '?'}: ${goalAreaLabels[goal.area]}`;
}

function settingsText(goal: GoalView): string {
  return joinLabels(goal.settings.map((setting) => settingLabels[setting]), 'No setting chosen');
}

function goalFields(goal: GoalView): FieldRow[] {
  return [
    { label: 'Worked on at', value: [{ text: settingsText(goal) }] },
    {
      label: 'Who is responsible',
      value: [{ text: joinLabels(goal.responsibleRoles.map((role) => roleDefinitions[role].label), 'Not assigned yet') }],
    },
    { label: 'Where the child is now (baseline)', value: valueRuns(goal.baseline) },
    { label: 'Goal for the year (target)', value: valueRuns(goal.target) },
    { label: 'How progress is measured', value: valueRuns(goal.measurement) },
    { label: 'When progress is reported to parents', value: valueRuns(goal.progressSchedule) },
    { label: 'Status', value: [{ text: goalStatusLabels[goal.status] }] },
  ];
}

function objectivesBlocks(goal: GoalView): Block[] {
  if (goal.objectives.length === 0) return [];
  const items: ListItem[] = goal.objectives.map((objective) => {
    const runs: Run[] = [...valueRuns(objective.text)];
    if (objective.done) runs.push({ text: ' (met)', bold: true });
    for (const run of addedBy(objective.createdBy)) runs.push({ ...run, text: ` · ${run.text}` });
    return { runs };
  });
  return [
    { kind: 'paragraph', runs: [{ text: 'Short-term objectives', bold: true }] },
    { kind: 'list', ordered: true, items },
  ];
}

function linkedBlocks(goal: GoalView, byId: ReadonlyMap<string, GoalView>, numbers: ReadonlyMap<string, number>): Block[] {
  const items: ListItem[] = [];
  for (const link of goal.links) {
    const other = byId.get(link.goalId);
    if (!other) continue;
    const runs: Run[] = [{ text: goalName(other, numbers), bold: true }, { text: ` (${settingsText(other)})` }];
    const note = cleanText(link.note).trim();
    if (note) runs.push({ text: `: ${note}` });
    items.push({ runs });
  }
  if (items.length === 0) return [];
  return [
    { kind: 'paragraph', runs: [{ text: 'Linked with', bold: true }] },
    { kind: 'list', ordered: false, items },
  ];
}

function goalCell(goal: GoalView, numbers: ReadonlyMap<string, number>): Cell {
  return [
    [{ text: goalName(goal, numbers), bold: true }],
    [{ text: `At: ${settingsText(goal)}`, muted: true }],
    valueRuns(goal.target, 'No target written yet'),
  ];
}

/** Linked goals side by side, one row per link, so the team sees how the settings fit together. */
function complementaryTable(links: readonly LinkView[], byId: ReadonlyMap<string, GoalView>, numbers: ReadonlyMap<string, number>): Block[] {
  const rows: Cell[][] = [];
  for (const link of links) {
    const [first, second] = link.goalIds.map((id) => byId.get(id));
    if (!first || !second) continue;
    // Put the goals in plan order so "Goal 1" sits on the left.
    const [left, right] = (numbers.get(first.id) ?? 0) <= (numbers.get(second.id) ?? 0) ? [first, second] : [second, first];
    const note = cleanText(link.note).trim();
    rows.push([goalCell(left, numbers), goalCell(right, numbers), [note ? [{ text: note }] : [{ text: 'No note', muted: true, italic: true }], addedBy(link.createdBy, 'Linked by')]]);
  }
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 3, text: 'Complementary goals across settings' },
    {
      kind: 'paragraph',
      style: 'intro',
      runs: [{ text: 'Goals worked on in different places that support each other, shown side by side.' }],
    },
    {
      kind: 'table',
      columns: [
        { label: 'Goal', width: 0.36 },
        { label: 'Works together with', width: 0.36 },
        { label: 'How they fit together', width: 0.28 },
      ],
      rows,
    },
  ];
}

export function goalsBlocks(goals: readonly GoalView[], links: readonly LinkView[]): Block[] {
  if (goals.length === 0) {
    return [{ kind: 'paragraph', runs: [{ text: 'No goals have been written yet.', muted: true, italic: true }] }];
  }
  const numbers = new Map(goals.map((goal, index) => [goal.id, index + 1]));
  const byId = new Map(goals.map((goal) => [goal.id, goal]));
  const blocks: Block[] = [];
  for (const goal of goals) {
    blocks.push({ kind: 'heading', level: 3, text: goalName(goal, numbers) });
    blocks.push(...richTextBlocks(goal.description, 4));
    blocks.push({ kind: 'fields', rows: goalFields(goal) });
    blocks.push(...objectivesBlocks(goal));
    blocks.push(...linkedBlocks(goal, byId, numbers));
    const by = addedBy(goal.createdBy);
    if (by.length > 0) blocks.push({ kind: 'paragraph', runs: by });
  }
  blocks.push(...complementaryTable(links, byId, numbers));
  return blocks;
}

