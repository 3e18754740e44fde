import type { GoalView, PlanSnapshot, ServiceView, SupportView, DecisionView } from './schema';
import { goalAreaLabels, richTextToPlain, serviceTypeLabels, supportKindLabels, supportStatusLabels } from './schema';
import { roleDefinitions } from './roles';
import { diffWords, type WordDiffPart } from './wordDiff';
import { assessmentFields, assessmentLabel, contactAttemptFields, contactAttemptLabel, planPartFields, planPartIds, type Fields, type MeetingTeamSnapshot, type PlanPartId } from './planPartsDiff';

/**
 * What changed between two states of a plan, in the reader's terms: items added, removed or
 * changed, and for each changed field its words before and after. Works on schema snapshots,
 * so it compares any two versions, or a version with the live draft.
 */
export interface FieldChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly words: readonly WordDiffPart[];
}

export interface ItemChange {
  readonly id: string;
  readonly label: string;
  readonly fields: readonly FieldChange[];
}

export interface ListDiff {
  readonly added: readonly { readonly id: string; readonly label: string }[];
  readonly removed: readonly { readonly id: string; readonly label: string }[];
  readonly changed: readonly ItemChange[];
}

export interface PlanDiff {
  readonly goals: ListDiff;
  readonly supports: ListDiff;
  readonly services: ListDiff;
  readonly decisions: ListDiff;
  /** State and district assessments (300.320(a)(6)), one item each. */
  readonly assessments: ListDiff;
  /** Attempts to reach an absent parent (300.322(d)). */
  readonly contactAttempts: ListDiff;
  /** The other legal components, each as a set of fields, in the law's order; only parts that changed. */
  readonly parts: readonly PartChanges[];
  /** Whole sections: title, present levels per area, participation, special factors, parent input. */
  readonly sections: readonly FieldChange[];
}

export interface PartChanges {
  readonly part: PlanPartId;
  readonly fields: readonly FieldChange[];
}

/** The team at each meeting, when the caller has the meetings both sides froze. */
export interface MeetingTeams {
  readonly before: readonly MeetingTeamSnapshot[];
  readonly after: readonly MeetingTeamSnapshot[];
}


function goalFields(goal: GoalView, all: readonly GoalView[]): Fields {
  const targetOf = (id: string) => all.find((g) => g.id === id)?.target || goalAreaLabels[all.find((g) => g.id === id)?.area ?? 'other'];
  return {
    area: { label: 'Area', value: goalAreaLabels[goal.area] },
    status: { label: 'Status', value: goal.status },
    settings: { label: 'Settings', value: goal.settings.join(', ') },
    roles: { label: 'Responsible', value: goal.responsibleRoles.map((role) => roleDefinitions[role].label).join(', ') },
    baseline: { label: 'Baseline', value: goal.baseline },
    target: { label: 'Target', value: goal.target },
    measurement: { label: 'How it is measured', value: goal.measurement },
    progressSchedule: { label: 'Progress reports', value: goal.progressSchedule },
    description: { label: 'Description', value: richTextToPlain(goal.description) },
    objectives: { label: 'Short-term objectives', value: goal.objectives.map((o) => `${o.done ? '[x]' : '[ ]'} ${o.text}`).join('\n') },
    links: { label: 'Linked goals', value: goal.links.map((link) => `${targetOf(link.goalId)}${link.note ? ` (${link.note})` : ''}`).join('\n') },
  };
}

function supportFields(support: SupportView): Fields {
  const fields: Fields = {
    kind: { label: 'Kind', value: supportKindLabels[support.kind] },
    title: { label: 'Support', value: support.title },
    description: { label: 'Description', value: richTextToPlain(support.description) },
    startDate: { label: 'Start date', value: support.startDate },
    frequency: { label: 'Frequency', value: support.frequency },
    location: { label: 'Location', value: support.location },
    duration: { label: 'Duration', value: support.duration },
  };
  for (const [setting, use] of Object.entries(support.use)) {
    fields[`use.${setting}`] = { label: `Used at ${setting}`, value: `${supportStatusLabels[use.status]}${use.note ? `: ${use.note}` : ''}` };
  }
  return fields;
}

function serviceFields(service: ServiceView): Fields {
  return {
    type: { label: 'Service', value: serviceTypeLabels[service.type] },
    provider: { label: 'Provider', value: service.provider },
    frequency: { label: 'Frequency', value: service.frequency },
    duration: { label: 'Duration', value: service.duration },
    location: { label: 'Location', value: service.location },
    startDate: { label: 'Start date', value: service.startDate },
    endDate: { label: 'End date', value: service.endDate ?? '' },
  };
}

const decisionFields = (decision: DecisionView): Fields => ({ text: { label: 'Decision', value: decision.text } });

function compareFields(before: Fields, after: Fields): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key]?.value ?? '';
    const b = after[key]?.value ?? '';
    if (a !== b) changes.push({ field: key, label: after[key]?.label ?? before[key]?.label ?? key, before: a, after: b, words: diffWords(a, b) });
  }
  return changes;
}

function diffList<T extends { id: string }>(before: readonly T[], after: readonly T[], fields: (item: T) => Fields, label: (item: T) => string): ListDiff {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  const changed: ItemChange[] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) continue;
    const itemChanges = compareFields(fields(previous), fields(item));
    if (itemChanges.length > 0) changed.push({ id: item.id, label: label(item), fields: itemChanges });
  }
  return {
    added: after.filter((item) => !beforeById.has(item.id)).map((item) => ({ id: item.id, label: label(item) })),
    removed: before.filter((item) => !afterIds.has(item.id)).map((item) => ({ id: item.id, label: label(item) })),
    changed,
  };
}

function sectionFields(plan: PlanSnapshot): Fields {
  const fields: Fields = {
    title: { label: 'Plan title', value: plan.title },
    participation: { label: 'Participation', value: richTextToPlain(plan.participation) },
    assessmentAccommodations: { label: 'Assessment accommodations', value: richTextToPlain(plan.assessmentAccommodations) },
    parentInput: { label: 'Parent input', value: richTextToPlain(plan.parentInput) },
  };
  for (const level of plan.presentLevels) {
    fields[`presentLevels.${level.area}`] = { label: `Present levels: ${level.label}`, value: richTextToPlain(level.content) };
  }
  for (const factor of plan.specialFactors) {
    fields[`specialFactors.${factor.factor}`] = {
      label: `Special factor: ${factor.label}`,
      value: factor.considered ? `considered${factor.note ? `: ${factor.note}` : ''}` : '',
    };
  }
  return fields;
}

export function diffPlans(before: PlanSnapshot, after: PlanSnapshot, meetings: MeetingTeams = { before: [], after: [] }): PlanDiff {
  const goalLabel = (goal: GoalView) => `${goalAreaLabels[goal.area]}: ${goal.target || 'goal without a target yet'}`;
  return {
    goals: diffList(before.goals, after.goals, (goal) => goalFields(goal, after.goals.some((g) => g.id === goal.id) ? after.goals : before.goals), goalLabel),
    supports: diffList(before.supports, after.supports, supportFields, (s) => s.title || supportKindLabels[s.kind]),
    services: diffList(before.services, after.services, serviceFields, (s) => `${serviceTypeLabels[s.type]}${s.provider ? `, ${s.provider}` : ''}`),
    decisions: diffList(before.decisions, after.decisions, decisionFields, (d) => d.text.slice(0, 80)),
    assessments: diffList(before.assessments, after.assessments, assessmentFields, assessmentLabel),
    contactAttempts: diffList(before.parentContactAttempts, after.parentContactAttempts, contactAttemptFields, contactAttemptLabel),
    parts: planPartIds
      .map((part) => ({ part, fields: compareFields(planPartFields(part, before, meetings.before), planPartFields(part, after, meetings.after)) }))
      .filter((entry) => entry.fields.length > 0),
    sections: compareFields(sectionFields(before), sectionFields(after)),
  };
}

/** Older answers (from before every part was compared) lack the newer lists: read them as empty. */
const noList: ListDiff = { added: [], removed: [], changed: [] };

export function isEmptyDiff(diff: PlanDiff): boolean {
  const lists = [diff.goals, diff.supports, diff.services, diff.decisions, diff.assessments ?? noList, diff.contactAttempts ?? noList];
  return diff.sections.length === 0 && (diff.parts ?? []).length === 0 && lists.every((list) => list.added.length + list.removed.length + list.changed.length === 0);
}
