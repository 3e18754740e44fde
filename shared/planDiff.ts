import type { GoalView, PlanSnapshot, ServiceView, SupportView, DecisionView, SupportSetting } from './schema';
import { richTextToPlain } from './schema';
import { diffDay, englishDiffWords, type DiffWords } from './diffWords';
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


function goalFields(goal: GoalView, all: readonly GoalView[], w: DiffWords): Fields {
  const targetOf = (id: string) => {
    const linked = all.find((g) => g.id === id);
    return linked?.target || w.vocabulary.goalArea[linked?.area ?? 'other'];
  };
  const g = w.goal;
  return {
    area: { label: g.area, value: w.vocabulary.goalArea[goal.area] },
    status: { label: g.status, value: w.goalStatus[goal.status] },
    settings: { label: g.settings, value: goal.settings.map((setting) => w.places[setting]).join(', ') },
    roles: { label: g.responsible, value: goal.responsibleRoles.map((role) => w.roleLabel(role)).join(', ') },
    baseline: { label: g.baseline, value: goal.baseline },
    target: { label: g.target, value: goal.target },
    measurement: { label: g.measurement, value: goal.measurement },
    progressSchedule: { label: g.progressSchedule, value: goal.progressSchedule },
    description: { label: g.description, value: richTextToPlain(goal.description) },
    objectives: { label: g.objectives, value: goal.objectives.map((o) => `${o.done ? '[x]' : '[ ]'} ${o.text}`).join('\n') },
    links: { label: g.links, value: goal.links.map((link) => `${targetOf(link.goalId)}${link.note ? ` (${link.note})` : ''}`).join('\n') },
  };
}

/** Where a support is used, as the catalog says it in a sentence ("in the classroom", "at home"). */
const usedWhere = { classroom: 'inClassroom', clinic: 'atClinic', home: 'atHome' } as const;

function supportFields(support: SupportView, w: DiffWords): Fields {
  const s = w.support;
  const fields: Fields = {
    kind: { label: s.kind, value: w.vocabulary.supportKind[support.kind] },
    title: { label: s.title, value: support.title },
    description: { label: s.description, value: richTextToPlain(support.description) },
    startDate: { label: s.startDate, value: diffDay(w, support.startDate) },
    frequency: { label: s.frequency, value: support.frequency },
    location: { label: s.location, value: support.location },
    duration: { label: s.duration, value: support.duration },
  };
  for (const [setting, use] of Object.entries(support.use) as [SupportSetting, SupportView['use'][SupportSetting]][]) {
    if (!use) continue;
    fields[`use.${setting}`] = { label: s.usedAt(w.places[usedWhere[setting]]), value: `${w.vocabulary.supportStatus[use.status]}${use.note ? `: ${use.note}` : ''}` };
  }
  return fields;
}

function serviceFields(service: ServiceView, w: DiffWords): Fields {
  const s = w.service;
  return {
    type: { label: s.type, value: w.vocabulary.serviceType[service.type] },
    provider: { label: s.provider, value: service.provider },
    frequency: { label: s.frequency, value: service.frequency },
    duration: { label: s.duration, value: service.duration },
    location: { label: s.location, value: service.location },
    startDate: { label: s.startDate, value: diffDay(w, service.startDate) },
    endDate: { label: s.endDate, value: diffDay(w, service.endDate ?? '') },
  };
}

const decisionFields = (decision: DecisionView, w: DiffWords): Fields => ({ text: { label: w.decision, value: decision.text } });

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

function sectionFields(plan: PlanSnapshot, w: DiffWords): Fields {
  const fields: Fields = {
    title: { label: w.section.title, value: plan.title },
    participation: { label: w.section.participation, value: richTextToPlain(plan.participation) },
    assessmentAccommodations: { label: w.section.assessmentAccommodations, value: richTextToPlain(plan.assessmentAccommodations) },
    parentInput: { label: w.section.parentInput, value: richTextToPlain(plan.parentInput) },
  };
  for (const level of plan.presentLevels) {
    fields[`presentLevels.${level.area}`] = { label: w.section.presentLevels(w.vocabulary.goalArea[level.area]), value: richTextToPlain(level.content) };
  }
  for (const factor of plan.specialFactors) {
    fields[`specialFactors.${factor.factor}`] = {
      label: w.section.specialFactor(w.vocabulary.specialFactor[factor.factor]),
      value: factor.considered ? `${w.section.considered}${factor.note ? `: ${factor.note}` : ''}` : '',
    };
  }
  return fields;
}

/**
 * What changed from `before` to `after`, written in `w`'s language, meetings dated on the
 * team's clock (`timeZone`).
 */
export function diffPlans(before: PlanSnapshot, after: PlanSnapshot, meetings: MeetingTeams = { before: [], after: [] }, timeZone = 'UTC', w: DiffWords = englishDiffWords): PlanDiff {
  const goalLabel = (goal: GoalView) => `${w.vocabulary.goalArea[goal.area]}: ${goal.target || w.goal.withoutTarget}`;
  return {
    goals: diffList(before.goals, after.goals, (goal) => goalFields(goal, after.goals.some((g) => g.id === goal.id) ? after.goals : before.goals, w), goalLabel),
    supports: diffList(before.supports, after.supports, (support) => supportFields(support, w), (s) => s.title || w.vocabulary.supportKind[s.kind]),
    services: diffList(before.services, after.services, (service) => serviceFields(service, w), (s) => `${w.vocabulary.serviceType[s.type]}${s.provider ? `, ${s.provider}` : ''}`),
    decisions: diffList(before.decisions, after.decisions, (decision) => decisionFields(decision, w), (d) => d.text.slice(0, 80)),
    assessments: diffList(before.assessments, after.assessments, (assessment) => assessmentFields(assessment, w), (assessment) => assessmentLabel(assessment, w)),
    contactAttempts: diffList(before.parentContactAttempts, after.parentContactAttempts, (attempt) => contactAttemptFields(attempt, w), (attempt) => contactAttemptLabel(attempt, w)),
    parts: planPartIds
      .map((part) => ({ part, fields: compareFields(planPartFields(part, before, meetings.before, timeZone, w), planPartFields(part, after, meetings.after, timeZone, w)) }))
      .filter((entry) => entry.fields.length > 0),
    sections: compareFields(sectionFields(before, w), sectionFields(after, w)),
  };
}

/** Older answers (from before every part was compared) lack the newer lists: read them as empty. */
const noList: ListDiff = { added: [], removed: [], changed: [] };

export function isEmptyDiff(diff: PlanDiff): boolean {
  const lists = [diff.goals, diff.supports, diff.services, diff.decisions, diff.assessments ?? noList, diff.contactAttempts ?? noList];
  return diff.sections.length === 0 && (diff.parts ?? []).length === 0 && lists.every((list) => list.added.length + list.removed.length + list.changed.length === 0);
}
