/**
 * The fixed vocabularies of the IEP's legal components (student record, placement, state and
 * district assessments, extended school year, team, parent participation, prior written
 * notice). Stored values are these ids; labels are what people read.
 */

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** The disability categories of 34 CFR 300.8. */
export const eligibilityCategories = [
  'autism',
  'deaf_blindness',
  'deafness',
  'developmental_delay',
  'emotional_disturbance',
  'hearing_impairment',
  'intellectual_disability',
  'multiple_disabilities',
  'orthopedic_impairment',
  'other_health_impairment',
  'specific_learning_disability',
  'speech_language_impairment',
  'traumatic_brain_injury',
  'visual_impairment',
] as const;
export type EligibilityCategory = (typeof eligibilityCategories)[number];
export const isEligibilityCategory = (value: unknown): value is EligibilityCategory => isOneOf(eligibilityCategories, value);

export const eligibilityCategoryLabels: Record<EligibilityCategory, string> = {
  autism: 'Autism',
  deaf_blindness: 'Deaf-blindness',
  deafness: 'Deafness',
  developmental_delay: 'Developmental delay',
  emotional_disturbance: 'Emotional disturbance',
  hearing_impairment: 'Hearing impairment',
  intellectual_disability: 'Intellectual disability',
  multiple_disabilities: 'Multiple disabilities',
  orthopedic_impairment: 'Orthopedic impairment',
  other_health_impairment: 'Other health impairment',
  specific_learning_disability: 'Specific learning disability',
  speech_language_impairment: 'Speech or language impairment',
  traumatic_brain_injury: 'Traumatic brain injury',
  visual_impairment: 'Visual impairment, including blindness',
};

/** Where a service is delivered, as far as time with non-disabled peers is concerned (300.320(a)(5)). */
export const serviceSettings = ['general_education', 'outside_general_education'] as const;
export type ServiceSetting = (typeof serviceSettings)[number];
export const isServiceSetting = (value: unknown): value is ServiceSetting => isOneOf(serviceSettings, value);

export const serviceSettingLabels: Record<ServiceSetting, string> = {
  general_education: 'In the general education class',
  outside_general_education: 'Outside the general education class',
};

/** The federal educational environment categories for children aged 6–21. */
export const placementCategories = [
  'regular_80_plus',
  'regular_40_to_79',
  'regular_below_40',
  'separate_school',
  'residential_facility',
  'homebound_hospital',
  'correctional_facility',
  'parentally_placed_private',
] as const;
export type PlacementCategory = (typeof placementCategories)[number];
export const isPlacementCategory = (value: unknown): value is PlacementCategory => isOneOf(placementCategories, value);

export const placementCategoryLabels: Record<PlacementCategory, string> = {
  regular_80_plus: 'Regular class 80% or more of the day',
  regular_40_to_79: 'Regular class 40% to 79% of the day',
  regular_below_40: 'Regular class less than 40% of the day',
  separate_school: 'Separate school',
  residential_facility: 'Residential facility',
  homebound_hospital: 'Homebound or hospital',
  correctional_facility: 'Correctional facility',
  parentally_placed_private: 'Parentally placed in a private school',
};

/** How the child takes a state or district assessment (300.320(a)(6)). */
export const assessmentParticipations = ['general', 'with_accommodations', 'alternate'] as const;
export type AssessmentParticipation = (typeof assessmentParticipations)[number];
export const isAssessmentParticipation = (value: unknown): value is AssessmentParticipation => isOneOf(assessmentParticipations, value);

export const assessmentParticipationLabels: Record<AssessmentParticipation, string> = {
  general: 'General assessment, no accommodations',
  with_accommodations: 'General assessment with accommodations',
  alternate: 'Alternate assessment',
};

export const esyDecisions = ['undecided', 'eligible', 'not_eligible'] as const;
export type EsyDecision = (typeof esyDecisions)[number];
export const isEsyDecision = (value: unknown): value is EsyDecision => isOneOf(esyDecisions, value);

export const esyDecisionLabels: Record<EsyDecision, string> = {
  undecided: 'Not decided yet',
  eligible: 'Extended school year services will be provided',
  not_eligible: 'Extended school year services are not needed',
};

/** Members the IEP team must include (34 CFR 300.321(a)(1)–(5)). */
export const requiredParticipants = [
  'parent',
  'general_education_teacher',
  'special_education_teacher',
  'district_representative',
  'evaluation_interpreter',
] as const;
export type RequiredParticipant = (typeof requiredParticipants)[number];
export const isRequiredParticipant = (value: unknown): value is RequiredParticipant => isOneOf(requiredParticipants, value);

export const requiredParticipantLabels: Record<RequiredParticipant, string> = {
  parent: 'Parent',
  general_education_teacher: 'General education teacher',
  special_education_teacher: 'Special education teacher or provider',
  district_representative: 'District representative',
  evaluation_interpreter: 'Someone who can interpret evaluation results',
};

/** Roles of people at a meeting who are not members of the workspace. */
export const attendeeRoles = [...requiredParticipants, 'interpreter', 'student', 'related_service_provider', 'other'] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];
export const isAttendeeRole = (value: unknown): value is AttendeeRole => isOneOf(attendeeRoles, value);

export const attendeeRoleLabels: Record<AttendeeRole, string> = {
  ...requiredParticipantLabels,
  interpreter: 'Interpreter',
  student: 'The student',
  related_service_provider: 'Related service provider',
  other: 'Other',
};

export const contactMethods = ['letter', 'email', 'phone', 'in_person', 'home_visit', 'other'] as const;
export type ContactMethod = (typeof contactMethods)[number];
export const isContactMethod = (value: unknown): value is ContactMethod => isOneOf(contactMethods, value);

export const contactMethodLabels: Record<ContactMethod, string> = {
  letter: 'Letter',
  email: 'Email',
  phone: 'Phone call',
  in_person: 'In person',
  home_visit: 'Home visit',
  other: 'Other',
};

/** The seven elements of a prior written notice, in the order of 34 CFR 300.503(b)(1)–(7). */
export const priorNoticeElements = [
  'action',
  'reasons',
  'evaluations',
  'safeguards',
  'sources',
  'options',
  'otherFactors',
] as const;
export type PriorNoticeElement = (typeof priorNoticeElements)[number];

export const priorNoticeElementLabels: Record<PriorNoticeElement, string> = {
  action: 'What the school proposes or refuses',
  reasons: 'Why the school proposes or refuses it',
  evaluations: 'Evaluations, assessments, records and reports used',
  safeguards: 'Your procedural safeguards and how to get a copy',
  sources: 'Where to get help understanding this notice',
  options: 'Other options considered and why they were rejected',
  otherFactors: 'Other factors relevant to the decision',
};
