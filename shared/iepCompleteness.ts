import { defaultIepAgeRules, transferOfRightsRequired, transitionRequired, type IepAgeRules } from './iepDates';
import { placementFigures } from './placement';
import { assessmentComplete, priorNoticeElements, richTextToPlain, transitionTextFields, type PlanSnapshot, type SectionId } from './schema';

/**
 * The components of a complete IEP, required by law or recommended, and whether a plan has
 * each one. One list: the plan's progress line and the version checklist both read it, so
 * they can never disagree about what "complete" means.
 */

export interface CompletenessContext {
  readonly rules?: IepAgeRules;
  /**
   * Whether some meeting had every required participant present or excused in writing
   * (300.321); null when the meetings were not read, which counts as not yet complete.
   */
  readonly teamCovered?: boolean | null;
}

export interface IepComponent {
  readonly id: string;
  readonly label: string;
  /** The regulation that asks for it. */
  readonly citation: string;
  readonly required: boolean;
  /** The plan section where it is completed. */
  readonly section: SectionId;
  /** False when the law does not ask for it in this plan (transition before the configured age). */
  applies(plan: PlanSnapshot, context: CompletenessContext): boolean;
  complete(plan: PlanSnapshot, context: CompletenessContext): boolean;
}

const always = () => true;
const written = (value: string) => value.trim() !== '';
const richWritten = (node: Parameters<typeof richTextToPlain>[0]) => richTextToPlain(node).trim() !== '';
const rulesOf = (context: CompletenessContext) => context.rules ?? defaultIepAgeRules;

function needsTransition(plan: PlanSnapshot, context: CompletenessContext): boolean {
  return plan.student.dateOfBirth !== '' && transitionRequired(plan.student.dateOfBirth, plan.dates.startDate, plan.dates.endDate, rulesOf(context));
}

function needsTransferOfRights(plan: PlanSnapshot, context: CompletenessContext): boolean {
  return plan.student.dateOfBirth !== '' && transferOfRightsRequired(plan.student.dateOfBirth, plan.dates.startDate, plan.dates.endDate, rulesOf(context));
}

export const iepComponents: readonly IepComponent[] = [
  {
    id: 'student',
    label: 'Student information and eligibility',
    citation: '34 CFR 300.306',
    required: true,
    section: 'student',
    applies: always,
    complete: ({ student }) =>
      student.dateOfBirth !== '' && written(student.grade) && written(student.school) && student.eligibilityCategories.length > 0 && student.eligibilityDate !== '',
  },
  {
    id: 'dates',
    label: 'Meeting, start and end dates',
    citation: '34 CFR 300.320(a)(7), 300.324(b)(1)',
    required: true,
    section: 'dates',
    applies: always,
    complete: ({ dates }) => dates.meetingDate !== '' && dates.startDate !== '' && dates.endDate !== '' && dates.endDate > dates.startDate,
  },
  {
    id: 'presentLevels',
    label: 'Present levels, and how the disability affects the general curriculum',
    citation: '34 CFR 300.320(a)(1)',
    required: true,
    section: 'presentLevels',
    applies: always,
    complete: (plan) => plan.presentLevels.some((level) => richWritten(level.content)) && richWritten(plan.curriculumEffect),
  },
  {
    id: 'goals',
    label: 'Measurable annual goals',
    citation: '34 CFR 300.320(a)(2)',
    required: true,
    section: 'goals',
    applies: always,
    complete: ({ goals }) => goals.length > 0 && goals.every((goal) => written(goal.baseline) && written(goal.target) && written(goal.measurement)),
  },
  {
    id: 'progressReporting',
    label: 'When progress is reported',
    citation: '34 CFR 300.320(a)(3)',
    required: true,
    section: 'goals',
    applies: always,
    complete: ({ goals }) => goals.length > 0 && goals.every((goal) => written(goal.progressSchedule)),
  },
  {
    id: 'services',
    label: 'Services with frequency, location, duration and start date',
    citation: '34 CFR 300.320(a)(4), (a)(7)',
    required: true,
    section: 'services',
    applies: always,
    complete: ({ services }) =>
      services.length > 0 &&
      services.every((service) => written(service.frequency) && written(service.location) && service.startDate !== '' && service.minutesPerWeek !== null && service.setting !== null),
  },
  {
    id: 'placement',
    label: 'Participation with non-disabled peers and placement',
    citation: '34 CFR 300.320(a)(5)',
    required: true,
    section: 'participation',
    applies: always,
    complete: ({ placement, services }) =>
      placement.category !== null &&
      (placementFigures(services, placement.schoolWeekMinutes ?? undefined).minutesOutsideGeneralEducation === 0 || written(placement.explanation)),
  },
  {
    id: 'assessments',
    label: 'State and district assessments',
    citation: '34 CFR 300.320(a)(6)',
    required: true,
    section: 'assessments',
    applies: always,
    complete: ({ assessments }) => assessments.length > 0 && assessments.every(assessmentComplete),
  },
  {
    id: 'extendedSchoolYear',
    label: 'Extended school year considered',
    citation: '34 CFR 300.106',
    required: true,
    section: 'extendedSchoolYear',
    applies: always,
    complete: ({ extendedSchoolYear: esy }) =>
      esy.considered && esy.decision !== 'undecided' && written(esy.reason) && (esy.decision !== 'eligible' || written(esy.services)),
  },
  {
    id: 'transition',
    label: 'Transition: postsecondary goals, assessments, services, course of study',
    citation: '34 CFR 300.320(b)',
    required: true,
    section: 'transition',
    applies: needsTransition,
    complete: ({ transition }) =>
      transitionTextFields.filter((field) => field !== 'independentLivingGoal').every((field) => written(transition[field])) && transition.studentInvited,
  },
  {
    id: 'transferOfRights',
    label: 'Student informed of the transfer of rights',
    citation: '34 CFR 300.320(c)',
    required: true,
    section: 'transition',
    applies: needsTransferOfRights,
    complete: ({ transition }) => transition.rightsInformed && transition.rightsInformedDate !== '',
  },
  {
    id: 'specialFactors',
    label: 'Special factors considered',
    citation: '34 CFR 300.324(a)(2)',
    required: true,
    section: 'specialFactors',
    applies: always,
    complete: ({ specialFactors }) => specialFactors.every((factor) => factor.considered),
  },
  {
    id: 'team',
    label: 'Required team members at the meeting',
    citation: '34 CFR 300.321',
    required: true,
    section: 'meetingTeam',
    applies: always,
    complete: (_plan, context) => context.teamCovered === true,
  },
  {
    id: 'parentParticipation',
    label: 'Parents notified of the meeting',
    citation: '34 CFR 300.322',
    required: true,
    section: 'parentParticipation',
    applies: always,
    complete: ({ parentParticipation, student }) =>
      parentParticipation.noticeSentDate !== '' && parentParticipation.noticeMethod !== null && (!student.interpreterNeeded || parentParticipation.interpreterProvided),
  },
  {
    id: 'priorWrittenNotice',
    label: 'Prior written notice provided',
    citation: '34 CFR 300.503',
    required: true,
    section: 'priorWrittenNotice',
    applies: always,
    complete: ({ priorWrittenNotice: notice }) =>
      priorNoticeElements.every((element) => written(notice[element])) && notice.provided && notice.providedDate !== '',
  },
  {
    id: 'supportSchedules',
    label: 'Each support has a start date, frequency, location and duration',
    citation: '34 CFR 300.320(a)(7)',
    required: false,
    section: 'supports',
    applies: ({ supports }) => supports.length > 0,
    complete: ({ supports }) => supports.every((support) => support.startDate !== '' && written(support.frequency) && written(support.location) && written(support.duration)),
  },
  {
    id: 'parentInput',
    label: 'Parent concerns and input',
    citation: '34 CFR 300.324(a)(1)(ii)',
    required: false,
    section: 'parentInput',
    applies: always,
    complete: (plan) => richWritten(plan.parentInput),
  },
  {
    id: 'copyToParent',
    label: 'Parents received a copy of the plan',
    citation: '34 CFR 300.322(f)',
    required: false,
    section: 'parentParticipation',
    applies: always,
    complete: ({ parentParticipation }) => parentParticipation.copyReceivedDate !== '',
  },
  {
    id: 'transitionEarly',
    label: 'Transition planning started before it is required',
    citation: '34 CFR 300.320(b)',
    required: false,
    section: 'transition',
    applies: (plan, context) => !needsTransition(plan, context),
    complete: ({ transition }) => written(transition.educationGoal) || written(transition.employmentGoal),
  },
];

export interface ComponentStatus {
  readonly id: string;
  readonly label: string;
  readonly citation: string;
  readonly required: boolean;
  readonly section: SectionId;
  readonly complete: boolean;
}

export interface Completeness {
  readonly components: ComponentStatus[];
  readonly requiredTotal: number;
  readonly requiredComplete: number;
  /** "11 of 13 required parts complete". */
  readonly line: string;
}

/** Every component that applies to this plan, with whether it is complete. */
export function iepCompleteness(plan: PlanSnapshot, context: CompletenessContext = {}): Completeness {
  const components = iepComponents
    .filter((component) => component.applies(plan, context))
    .map((component): ComponentStatus => ({
      id: component.id,
      label: component.label,
      citation: component.citation,
      required: component.required,
      section: component.section,
      complete: component.complete(plan, context),
    }));
  const required = components.filter((component) => component.required);
  const requiredComplete = required.filter((component) => component.complete).length;
  return {
    components,
    requiredTotal: required.length,
    requiredComplete,
    line:
      requiredComplete === required.length
        ? `All ${required.length} required parts complete`
        : `${requiredComplete} of ${required.length} required parts complete`,
  };
}
