import { iepComponents, type CompletenessContext } from './iepCompleteness';
import type { en } from './i18n/en';
import { goalAreaLabels, richTextToPlain, serviceTypeLabels, type PlanSnapshot, type RichTextNode } from './schema';

/**
 * What a plan must hold before it is proposed for signature, as one list of checks. Required
 * gaps block proposing (the server refuses with the list); recommended ones only warn. The
 * components of a complete IEP come from `iepComponents` (the plan's progress line reads the
 * same list); the first rules below check the parts a team fills most and gets wrong most, item
 * by item, so the checklist can name the goal or service that is short.
 */

export type CompletenessLevel = 'required' | 'recommended';

export interface CompletenessItem {
  /** Stable id, e.g. "goals.measurable" or "services.svc_1". */
  readonly id: string;
  readonly level: CompletenessLevel;
  /** What is checked, in plain words a parent understands. */
  readonly label: string;
  /** The same check as a catalog key and its values, so the client can say it in the reader's language. */
  readonly message: CompletenessMessage;
  readonly met: boolean;
}

/** A part of a goal or service the checklist can name as missing. */
export type CompletenessField =
  | 'baseline'
  | 'target'
  | 'measurement'
  | 'progressSchedule'
  | 'frequency'
  | 'location'
  | 'duration'
  | 'startDate'
  | 'minutesPerWeek'
  | 'setting';

/**
 * A checklist line as a catalog key under `completenessText` (or `iepComponents.labels`) and its
 * values. Values are ids, never English: `area` is a goal area, `type` a service type, `missing`
 * a list of `CompletenessField`s; the client names them from its vocabulary.
 */
export interface CompletenessMessage {
  readonly key: `completenessText.${Exclude<keyof typeof en.completenessText, 'fields'>}` | `iepComponents.labels.${keyof typeof en.iepComponents.labels}`;
  readonly params?: { readonly number?: number; readonly area?: string; readonly type?: string; readonly missing?: readonly CompletenessField[] };
}

/** The English the label has always used for each missing part; the catalog's `completenessText.fields` says the same. */
const fieldWords: Readonly<Record<CompletenessField, string>> = {
  baseline: 'baseline',
  target: 'target',
  measurement: 'how it is measured',
  progressSchedule: 'when progress is reported',
  frequency: 'frequency',
  location: 'location',
  duration: 'duration',
  startDate: 'start date',
  minutesPerWeek: 'minutes per week',
  setting: 'whether it is inside or outside general education',
};
const missingWords = (missing: readonly CompletenessField[]) => missing.map((field) => fieldWords[field]).join(', ');

export interface CompletenessRule {
  readonly id: string;
  check(plan: PlanSnapshot, context: CompletenessContext): CompletenessItem[];
}

const hasText = (node: RichTextNode): boolean => richTextToPlain(node).trim() !== '';
const filled = (value: string | undefined): boolean => (value ?? '').trim() !== '';

const presentLevels: CompletenessRule = {
  id: 'presentLevels',
  check(plan) {
    const described = new Set(plan.presentLevels.filter((level) => hasText(level.content)).map((level) => level.area));
    const goalAreas = [...new Set(plan.goals.map((goal) => goal.area))];
    const items: CompletenessItem[] = [
      {
        id: 'presentLevels.any',
        level: 'required',
        label: 'Present levels: what the child can do now, described for at least one area',
        message: { key: 'completenessText.presentLevelsAny' },
        met: described.size > 0,
      },
      {
        id: 'presentLevels.curriculumEffect',
        level: 'required',
        label: 'Present levels: how the disability affects involvement and progress in the general curriculum',
        message: { key: 'completenessText.curriculumEffect' },
        met: hasText(plan.curriculumEffect),
      },
    ];
    for (const area of goalAreas) {
      items.push({
        id: `presentLevels.${area}`,
        level: 'required',
        label: `Present levels for ${goalAreaLabels[area]}, which a goal addresses`,
        message: { key: 'completenessText.presentLevelsForGoal', params: { area } },
        met: described.has(area),
      });
    }
    for (const level of plan.presentLevels) {
      if (!goalAreas.includes(level.area)) {
        items.push({
          id: `presentLevels.${level.area}`,
          level: 'recommended',
          label: `Present levels for ${level.label}`,
          message: { key: 'completenessText.presentLevelsFor', params: { area: level.area } },
          met: described.has(level.area),
        });
      }
    }
    return items;
  },
};

const goals: CompletenessRule = {
  id: 'goals',
  check(plan) {
    const measurable = plan.goals.filter((goal) => filled(goal.baseline) && filled(goal.target) && filled(goal.measurement));
    const items: CompletenessItem[] = [
      {
        id: 'goals.measurable',
        level: 'required',
        label: 'At least one measurable goal with a baseline, a target and how it is measured',
        message: { key: 'completenessText.goalsMeasurable' },
        met: measurable.length > 0,
      },
    ];
    plan.goals.forEach((goal, index) => {
      const missing = (
        [
          filled(goal.baseline) ? null : 'baseline',
          filled(goal.target) ? null : 'target',
          filled(goal.measurement) ? null : 'measurement',
          filled(goal.progressSchedule) ? null : 'progressSchedule',
        ] as const
      ).filter((part) => part !== null);
      const params = { number: index + 1, area: goal.area };
      items.push({
        id: `goals.${goal.id}`,
        level: 'required',
        label: missing.length === 0 ? `Goal ${index + 1} (${goalAreaLabels[goal.area]}) is measurable, with a reporting schedule` : `Goal ${index + 1} (${goalAreaLabels[goal.area]}): ${missingWords(missing)}`,
        message: missing.length === 0 ? { key: 'completenessText.goalComplete', params } : { key: 'completenessText.goalMissing', params: { ...params, missing } },
        met: missing.length === 0,
      });
    });
    return items;
  },
};

const services: CompletenessRule = {
  id: 'services',
  check(plan) {
    const items: CompletenessItem[] = [
      { id: 'services.any', level: 'required', label: 'At least one service', message: { key: 'completenessText.servicesAny' }, met: plan.services.length > 0 },
    ];
    plan.services.forEach((service, index) => {
      const missing = (
        [
          filled(service.frequency) ? null : 'frequency',
          filled(service.location) ? null : 'location',
          filled(service.duration) ? null : 'duration',
          filled(service.startDate) ? null : 'startDate',
          service.minutesPerWeek !== null ? null : 'minutesPerWeek',
          service.setting !== null ? null : 'setting',
        ] as const
      ).filter((part) => part !== null);
      const name = `Service ${index + 1} (${serviceTypeLabels[service.type]})`;
      const params = { number: index + 1, type: service.type };
      items.push({
        id: `services.${service.id}`,
        level: 'required',
        label: missing.length === 0 ? `${name} has frequency, location, duration and start date` : `${name}: ${missingWords(missing)}`,
        message: missing.length === 0 ? { key: 'completenessText.serviceComplete', params } : { key: 'completenessText.serviceMissing', params: { ...params, missing } },
        met: missing.length === 0,
      });
    });
    return items;
  },
};

const parentInput: CompletenessRule = {
  id: 'parentInput',
  check: (plan) => [
    {
      id: 'parentInput',
      level: 'required',
      label: 'Parent input: the family’s observations and priorities considered',
      message: { key: 'completenessText.parentInput' },
      met: hasText(plan.parentInput),
    },
  ],
};

/** IEP components the rules above already check item by item. */
const checkedAbove = new Set(['presentLevels', 'goals', 'progressReporting', 'services', 'parentInput']);
/**
 * Completed at or after the meeting that agrees the plan, so they cannot hold up proposing it:
 * who attended (300.321) and the prior written notice of what was decided (300.503).
 */
const afterTheMeeting = new Set(['team', 'priorWrittenNotice']);

const otherComponents: CompletenessRule = {
  id: 'iep',
  check: (plan, context) =>
    iepComponents
      .filter((component) => !checkedAbove.has(component.id) && component.applies(plan, context))
      .map((component) => ({
        id: `iep.${component.id}`,
        level: component.required && !afterTheMeeting.has(component.id) ? 'required' : 'recommended',
        label: component.label,
        // Every component has its label in the catalog (test/unit/completenessText.test.ts checks).
        message: { key: `iepComponents.labels.${component.id as keyof typeof en.iepComponents.labels}` },
        met: component.complete(plan, context),
      })),
};

/** In the order the plan reads. */
export const completenessRules: CompletenessRule[] = [presentLevels, goals, services, parentInput, otherComponents];

export function checkCompleteness(plan: PlanSnapshot, context: CompletenessContext = {}): CompletenessItem[] {
  return completenessRules.flatMap((rule) => rule.check(plan, context));
}

export function missingRequired(items: readonly CompletenessItem[]): CompletenessItem[] {
  return items.filter((item) => item.level === 'required' && !item.met);
}
