/**
 * The fixed vocabularies of a plan and a meeting. Stored values are these ids (stable, never
 * shown); labels are the plain words a parent reads. Readers check every stored value against
 * these lists because the server exports documents written by any client version.
 */

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** Areas of present levels and goals, academic first then functional (34 CFR 300.320(a)(1)). */
export const goalAreas = [
  'reading',
  'writing',
  'math',
  'communication',
  'fine_motor',
  'gross_motor',
  'social_emotional',
  'self_care',
  'sensory',
  'behaviour',
  'other',
] as const;
export type GoalArea = (typeof goalAreas)[number];
export const isGoalArea = (value: unknown): value is GoalArea => isOneOf(goalAreas, value);

export const goalAreaLabels: Record<GoalArea, string> = {
  reading: 'Reading',
  writing: 'Writing',
  math: 'Math',
  communication: 'Communication',
  fine_motor: 'Fine motor',
  gross_motor: 'Gross motor and mobility',
  social_emotional: 'Social and emotional',
  self_care: 'Self-care and daily living',
  sensory: 'Sensory',
  behaviour: 'Behaviour',
  other: 'Other',
};

export const goalStatuses = ['draft', 'active', 'met', 'discontinued'] as const;
export type GoalStatus = (typeof goalStatuses)[number];
export const isGoalStatus = (value: unknown): value is GoalStatus => isOneOf(goalStatuses, value);

export const supportKinds = [
  'accommodation',
  'modification',
  'assistive_technology',
  'sensory_strategy',
  'staff_support',
] as const;
export type SupportKind = (typeof supportKinds)[number];
export const isSupportKind = (value: unknown): value is SupportKind => isOneOf(supportKinds, value);

export const supportKindLabels: Record<SupportKind, string> = {
  accommodation: 'Accommodation',
  modification: 'Modification',
  assistive_technology: 'Assistive technology',
  sensory_strategy: 'Sensory strategy',
  staff_support: 'Support for staff',
};

/**
 * Where a support is used. "classroom" rather than the member Setting "school": a support is
 * marked for the place the child uses it, and the team reads "classroom, clinic, home".
 */
export const supportSettings = ['classroom', 'clinic', 'home'] as const;
export type SupportSetting = (typeof supportSettings)[number];
export const isSupportSetting = (value: unknown): value is SupportSetting => isOneOf(supportSettings, value);

export const serviceTypes = ['ot', 'speech', 'pt', 'special_education', 'counselling', 'other'] as const;
export type ServiceType = (typeof serviceTypes)[number];
export const isServiceType = (value: unknown): value is ServiceType => isOneOf(serviceTypes, value);

export const serviceTypeLabels: Record<ServiceType, string> = {
  ot: 'Occupational therapy',
  speech: 'Speech and language therapy',
  pt: 'Physical therapy',
  special_education: 'Special education',
  counselling: 'Counselling',
  other: 'Other service',
};

/** Special factors the team must consider (34 CFR 300.324(a)(2)). */
export const specialFactors = [
  'behaviour',
  'limited_english',
  'braille',
  'communication',
  'assistive_technology',
] as const;
export type SpecialFactor = (typeof specialFactors)[number];
export const isSpecialFactor = (value: unknown): value is SpecialFactor => isOneOf(specialFactors, value);

export const specialFactorLabels: Record<SpecialFactor, string> = {
  behaviour: 'Behaviour that gets in the way of learning',
  limited_english: 'Limited English proficiency',
  braille: 'Braille (blind or visually impaired)',
  communication: 'Communication needs',
  assistive_technology: 'Assistive technology',
};

export const planStatuses = ['draft', 'proposed', 'agreed'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const isPlanStatus = (value: unknown): value is PlanStatus => isOneOf(planStatuses, value);

export const meetingKinds = ['iep_meeting', 'joint_evaluation', 'check_in', 'annual_review'] as const;
export type MeetingKind = (typeof meetingKinds)[number];
export const isMeetingKind = (value: unknown): value is MeetingKind => isOneOf(meetingKinds, value);

export const meetingKindLabels: Record<MeetingKind, string> = {
  iep_meeting: 'IEP meeting',
  joint_evaluation: 'Joint evaluation session',
  check_in: 'Check-in',
  annual_review: 'Annual review',
};

export const attendanceModes = ['in_person', 'remote', 'absent'] as const;
export type AttendanceMode = (typeof attendanceModes)[number];
export const isAttendanceMode = (value: unknown): value is AttendanceMode => isOneOf(attendanceModes, value);
