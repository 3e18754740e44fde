import { formatDayIn } from './i18n/dates';
import { en, type Catalog } from './i18n/en';
import type { Language } from './i18n/languages';
import { isIsoDate } from './iepDates';

/**
 * The words a comparison of two plans is written in: field labels, yes and no, and the
 * vocabularies (areas, statuses, roles, places) from the reader's catalog. A Spanish-reading
 * parent asked to sign a new version reads what changed in Spanish; the team's own words are
 * shown as they wrote them.
 */
export interface DiffWords {
  readonly language: Language;
  /** The catalog's fixed vocabularies, in this language. */
  readonly vocabulary: Catalog['vocabulary'];
  readonly goalStatus: Catalog['goalStatus'];
  readonly places: Catalog['places'];
  readonly roleLabel: (role: keyof Catalog['roles']) => string;
  /** The labels of the plan's parts, as the version reader shows them. */
  readonly partLabels: Catalog['planRecord']['fieldLabels'];
  readonly yes: string;
  readonly no: string;
  readonly yesWith: (detail: string) => string;
  readonly goal: {
    readonly withoutTarget: string;
    readonly area: string;
    readonly status: string;
    readonly settings: string;
    readonly responsible: string;
    readonly baseline: string;
    readonly target: string;
    readonly measurement: string;
    readonly progressSchedule: string;
    readonly description: string;
    readonly objectives: string;
    readonly links: string;
  };
  readonly support: {
    readonly kind: string;
    readonly title: string;
    readonly description: string;
    readonly startDate: string;
    readonly frequency: string;
    readonly location: string;
    readonly duration: string;
    /** `where` is the catalog's phrase for the place ("in the classroom", "at home"). */
    readonly usedAt: (where: string) => string;
  };
  readonly service: {
    readonly type: string;
    readonly provider: string;
    readonly frequency: string;
    readonly duration: string;
    readonly location: string;
    readonly startDate: string;
    readonly endDate: string;
  };
  readonly decision: string;
  readonly section: {
    readonly title: string;
    readonly participation: string;
    readonly assessmentAccommodations: string;
    readonly parentInput: string;
    readonly presentLevels: (area: string) => string;
    readonly specialFactor: (factor: string) => string;
    readonly considered: string;
  };
  readonly curriculumEffect: string;
  readonly meeting: {
    readonly untitled: string;
    readonly name: (title: string, day: string) => string;
    readonly requiredParticipants: (meeting: string) => string;
    readonly othersPresent: (meeting: string) => string;
    readonly excusals: (meeting: string) => string;
    readonly present: string;
    readonly excused: string;
    readonly missing: string;
    readonly agreedInWriting: string;
    readonly noWrittenAgreement: string;
  };
  readonly unnamedAssessment: string;
  readonly contactAttempt: string;
}

export const englishDiffWords: DiffWords = {
  language: 'en',
  vocabulary: en.vocabulary,
  goalStatus: en.goalStatus,
  places: en.places,
  roleLabel: (role) => en.roles[role].label,
  partLabels: en.planRecord.fieldLabels,
  yes: 'Yes',
  no: 'No',
  yesWith: (detail) => `Yes: ${detail}`,
  goal: {
    withoutTarget: 'goal without a target yet',
    area: 'Area',
    status: 'Status',
    settings: 'Settings',
    responsible: 'Responsible',
    baseline: 'Baseline',
    target: 'Target',
    measurement: 'How it is measured',
    progressSchedule: 'Progress reports',
    description: 'Description',
    objectives: 'Short-term objectives',
    links: 'Linked goals',
  },
  support: {
    kind: 'Kind',
    title: 'Support',
    description: 'Description',
    startDate: 'Start date',
    frequency: 'Frequency',
    location: 'Location',
    duration: 'Duration',
    usedAt: (where) => `Used ${where}`,
  },
  service: {
    type: 'Service',
    provider: 'Provider',
    frequency: 'Frequency',
    duration: 'Duration',
    location: 'Location',
    startDate: 'Start date',
    endDate: 'End date',
  },
  decision: 'Decision',
  section: {
    title: 'Plan title',
    participation: 'Participation',
    assessmentAccommodations: 'Assessment accommodations',
    parentInput: 'Parent input',
    presentLevels: (area) => `Present levels: ${area}`,
    specialFactor: (factor) => `Special factor: ${factor}`,
    considered: 'considered',
  },
  curriculumEffect: 'How the disability affects the general curriculum',
  meeting: {
    untitled: 'Meeting',
    name: (title, day) => `${title} (${day})`,
    requiredParticipants: (meeting) => `${meeting}: required participants`,
    othersPresent: (meeting) => `${meeting}: others present`,
    excusals: (meeting) => `${meeting}: excusals`,
    present: 'present',
    excused: 'excused',
    missing: 'missing',
    agreedInWriting: 'parent agreed in writing',
    noWrittenAgreement: 'no written agreement',
  },
  unnamedAssessment: 'Unnamed assessment',
  contactAttempt: 'Attempt to reach the parents',
};

/** A stored day ("2026-03-14") as the reader writes a date; anything else as it is. */
export function diffDay(words: DiffWords, value: string): string {
  return isIsoDate(value) ? formatDayIn(words.language, 'UTC', value) : value;
}
