import type { Language } from '../../shared/i18n/languages';
import {
  assessmentParticipationLabels,
  attendeeRoleLabels,
  contactMethodLabels,
  eligibilityCategoryLabels,
  esyDecisionLabels,
  placementCategoryLabels,
  priorNoticeElementLabels,
  requiredParticipantLabels,
  specialFactorLabels,
  transitionTextLabels,
  type AssessmentParticipation,
  type AttendeeRole,
  type ContactMethod,
  type EligibilityCategory,
  type EsyDecision,
  type PlacementCategory,
  type PriorNoticeElement,
  type RequiredParticipant,
  type SpecialFactor,
  type TransitionTextField,
} from '../../shared/schema';
import { sectionWordsEs } from './sectionWordsEs';
import { formatDate, formatDateTime } from './text';

/**
 * The fixed text of the IEP's form sections (student, dates, placement, assessments, extended
 * school year, transition, team, parents, prior written notice, special factors) in each
 * language. English is exactly what these sections always printed; the team's words are never
 * translated.
 */
export interface SectionWords {
  readonly language: Language;
  /** A calendar date ("2026-03-04") or an instant, as a reader writes it. */
  readonly date: (value: string) => string;
  readonly dateTime: (value: string, timeZone: string) => string;
  readonly yes: string;
  readonly no: string;
  readonly nothingEntered: string;
  readonly notFilledYet: (labels: string) => string;
  readonly student: {
    readonly dateOfBirth: string;
    readonly age: string;
    readonly grade: string;
    readonly school: string;
    readonly eligibility: string;
    readonly eligibilityDate: string;
    readonly homeLanguage: string;
    readonly interpreter: string;
    readonly interpreterNeeded: (language: string) => string;
    readonly languageNotRecorded: string;
    readonly notNeeded: string;
  };
  readonly dates: {
    readonly meeting: string;
    readonly starts: string;
    readonly ends: string;
    readonly annualReview: string;
    readonly lastEvaluation: string;
    readonly reevaluation: string;
    readonly progressReports: string;
  };
  readonly curriculumHeading: string;
  readonly presentLevels: { readonly nothingAtAll: string; readonly curriculumMissing: string };
  readonly placement: {
    readonly minutesOutside: string;
    readonly minutesOf: (minutes: number, week: number) => string;
    readonly share: string;
    readonly placement: string;
    readonly why: string;
    readonly notes: string;
    readonly fully: string;
  };
  readonly assessments: {
    readonly none: string;
    readonly participation: string;
    readonly accommodations: string;
    readonly whyNotRegular: string;
    readonly whyAlternate: string;
    readonly unnamed: string;
    readonly notes: string;
  };
  readonly esy: { readonly considered: string; readonly decision: string; readonly services: string; readonly reason: string };
  readonly transition: { readonly rights: string; readonly studentInvited: string; readonly informed: (date: string | null) => string };
  readonly meetingTeam: {
    readonly none: string;
    readonly required: string;
    readonly covered: string;
    readonly by: string;
    readonly coverage: { readonly present: string; readonly excused: string; readonly missing: string };
    readonly nameMissing: string;
    readonly guest: (role: string) => string;
  };
  readonly parents: {
    readonly noticeSent: string;
    readonly how: string;
    readonly interpreter: string;
    readonly interpreterYes: (language: string | null) => string;
    readonly copyReceived: string;
    readonly attempts: string;
    readonly dateMissing: string;
  };
  readonly notice: { readonly provided: (date: string | null, language: string | null) => string; readonly notProvided: string };
  readonly specialFactors: { readonly notConsidered: (factors: string) => string; readonly factor: string; readonly considered: string; readonly notes: string };
  readonly vocab: {
    readonly eligibility: Readonly<Record<EligibilityCategory, string>>;
    readonly placement: Readonly<Record<PlacementCategory, string>>;
    readonly assessment: Readonly<Record<AssessmentParticipation, string>>;
    readonly esy: Readonly<Record<EsyDecision, string>>;
    readonly participant: Readonly<Record<RequiredParticipant, string>>;
    readonly attendee: Readonly<Record<AttendeeRole, string>>;
    readonly contact: Readonly<Record<ContactMethod, string>>;
    readonly noticeElement: Readonly<Record<PriorNoticeElement, string>>;
    readonly transition: Readonly<Record<TransitionTextField, string>>;
    readonly specialFactor: Readonly<Record<SpecialFactor, string>>;
  };
}

const sectionWordsEn: SectionWords = {
  language: 'en',
  date: (value) => formatDate(value),
  dateTime: (value, timeZone) => formatDateTime(value, timeZone),
  yes: 'Yes',
  no: 'No',
  nothingEntered: 'Not filled in yet.',
  notFilledYet: (labels) => `Not filled in yet: ${labels}.`,
  student: {
    dateOfBirth: 'Date of birth',
    age: 'Age at the start of this IEP',
    grade: 'Grade',
    school: 'School',
    eligibility: 'Eligibility',
    eligibilityDate: 'Eligibility determined',
    homeLanguage: 'Language of the home',
    interpreter: 'Interpreter',
    interpreterNeeded: (language) => `Needed: ${language}`,
    languageNotRecorded: 'language not recorded',
    notNeeded: 'Not needed',
  },
  dates: {
    meeting: 'IEP meeting',
    starts: 'Starts',
    ends: 'Ends',
    annualReview: 'Annual review due by',
    lastEvaluation: 'Last evaluation',
    reevaluation: 'Re-evaluation due by',
    progressReports: 'Progress reports due',
  },
  curriculumHeading: 'How the disability affects involvement and progress in the general education curriculum',
  presentLevels: {
    nothingAtAll: 'No area has been described yet, and nothing is written yet on how the disability affects involvement and progress in the general education curriculum.',
    curriculumMissing: 'Nothing written yet on how the disability affects involvement and progress in the general education curriculum.',
  },
  placement: {
    minutesOutside: 'Minutes per week outside general education',
    minutesOf: (minutes, week) => `${minutes} of ${week}`,
    share: 'Share of the school week in general education',
    placement: 'Placement',
    why: 'Why the child is not with non-disabled peers for that time',
    notes: 'Notes on participation',
    fully: 'The child takes part fully in general education.',
  },
  assessments: {
    none: 'No assessments recorded yet.',
    participation: 'Participation',
    accommodations: 'Accommodations',
    whyNotRegular: 'Why the child cannot take the regular assessment',
    whyAlternate: 'Why the alternate assessment is appropriate',
    unnamed: 'Unnamed assessment',
    notes: 'Accommodations in state and district tests (notes)',
  },
  esy: { considered: 'Considered', decision: 'Decision', services: 'Services', reason: 'Reason' },
  transition: {
    rights: 'Transfer of rights at the age of majority',
    studentInvited: 'Student invited to the meeting',
    informed: (date) => `The student has been informed of the rights that will transfer at the age of majority${date ? ` (${date})` : ''}.`,
  },
  meetingTeam: {
    none: 'No meetings recorded yet.',
    required: 'Required participant',
    covered: 'Covered',
    by: 'By',
    coverage: { present: 'Present', excused: 'Excused with the parent’s written agreement', missing: 'Not covered' },
    nameMissing: 'Name not recorded',
    guest: (role) => ` (${role}, not a member of the workspace)`,
  },
  parents: {
    noticeSent: 'Meeting notice sent',
    how: 'How',
    interpreter: 'Interpreter provided',
    interpreterYes: (language) => `Yes${language !== null ? ` (${language})` : ''}`,
    copyReceived: 'Parent received a copy of the plan',
    attempts: 'Attempts to reach the parents',
    dateMissing: 'Date not recorded',
  },
  notice: {
    provided: (date, language) => `Provided to the parents${date !== null ? ` on ${date}` : ''}${language !== null ? `, in ${language}` : ''}.`,
    notProvided: 'Not yet provided to the parents.',
  },
  specialFactors: {
    notConsidered: (factors) => `Not considered yet. The law asks the team to consider each of these for every child: ${factors}.`,
    factor: 'Factor',
    considered: 'Considered',
    notes: 'Notes',
  },
  vocab: {
    eligibility: eligibilityCategoryLabels,
    placement: placementCategoryLabels,
    assessment: assessmentParticipationLabels,
    esy: esyDecisionLabels,
    participant: requiredParticipantLabels,
    attendee: attendeeRoleLabels,
    contact: contactMethodLabels,
    noticeElement: priorNoticeElementLabels,
    transition: transitionTextLabels,
    specialFactor: specialFactorLabels,
  },
};

export function sectionWords(language: Language | undefined): SectionWords {
  return language === 'es' ? sectionWordsEs : sectionWordsEn;
}
