import type { SignatureDecision } from '../../shared/api';
import type { MeetingKind } from '../../shared/schema/vocabulary';
import { en as interfaceEn } from '../../shared/i18n/en';
import type { Language } from '../../shared/i18n/languages';
import type { Role, Setting } from '../../shared/roles';
import {
  goalAreaLabels,
  sectionLabels,
  serviceSettingLabels,
  serviceTypeLabels,
  supportKindLabels,
  supportStatusLabels,
  type GoalArea,
  type GoalStatus,
  type SectionId,
  type ServiceSetting,
  type ServiceType,
  type SupportKind,
  type SupportSetting,
  type SupportStatus,
} from '../../shared/schema';
import { spanish } from './exportWordsEs';
import { formatDate as englishDate, formatDateTime as englishDateTime } from './text';

/**
 * The fixed text of a plan export (headings, labels, the signature statement) in each
 * language. Only these words change with the language: what the team wrote, names and the
 * statement each signer confirmed are the record and are printed exactly as they were.
 */

/** A meeting kind as the agreement line names it. */
const englishMeetingKinds: Readonly<Record<MeetingKind, string>> = {
  annual_review: 'the annual review meeting',
  iep_meeting: 'the IEP meeting',
  joint_evaluation: 'the joint evaluation session',
  check_in: 'the check-in meeting',
};

type OutlineSection = 'cover' | 'team' | SectionId | 'meetings' | 'signatures';

export interface ExportWords {
  readonly language: Language;
  readonly sectionTitles: Readonly<Record<OutlineSection, string>>;
  readonly sectionIntros: Readonly<Partial<Record<OutlineSection, string>>>;
  readonly defaultTitle: string;
  readonly draftMark: string;
  readonly draftNotice: string;
  readonly liveDraft: string;
  readonly version: (number: number) => string;
  readonly agreed: string;
  readonly proposed: string;
  readonly cover: {
    readonly student: string;
    readonly gradeOrBirth: string;
    readonly school: string;
    readonly plan: string;
    readonly version: string;
    readonly status: string;
    readonly proposedLabel: string;
    readonly proposedBy: (when: string, name: string) => string;
    readonly documentCode: string;
    readonly fingerprintNote: string;
    readonly proposedAgain: string;
    readonly iepFor: (name: string) => string;
    readonly provenance: string;
    readonly dateOfBirth: string;
    readonly grade: string;
    readonly agreedAtLabel: string;
    /** "Agreed at the annual review meeting on December 3, 2026". */
    readonly agreedAt: (kind: MeetingKind, date: string) => string;
    readonly notFrozen: string;
  };
  readonly team: { readonly none: string; readonly name: string; readonly role: string; readonly setting: string; readonly nameMissing: string };
  readonly presentLevels: { readonly none: string; readonly notDescribed: (areas: string) => string };
  readonly signatures: {
    readonly notSigned: string;
    readonly notSignedNote: string;
    readonly statement: (number: number) => readonly [string, string, string];
    readonly whoSigns: string;
    readonly decision: string;
    readonly signed: string;
    readonly formerMember: string;
    readonly nobody: string;
    readonly notYet: string;
    readonly nameTyped: string;
    readonly confirmed: string;
    readonly comment: string;
    readonly noComment: string;
    readonly identity: string;
    readonly fingerprint: string;
    readonly otherVersion: string;
    readonly decisions: Readonly<Record<SignatureDecision, string>>;
    readonly methods: Readonly<Record<string, string>>;
  };
  readonly goals: {
    readonly areas: Readonly<Record<GoalArea, string>>;
    readonly statuses: Readonly<Record<GoalStatus, string>>;
    readonly name: (number: string, area: string) => string;
    readonly noSetting: string;
    readonly workedOnAt: string;
    readonly responsible: string;
    readonly notAssigned: string;
    readonly baseline: string;
    readonly target: string;
    readonly measured: string;
    readonly reported: string;
    readonly status: string;
    readonly met: string;
    readonly objectives: string;
    readonly linkedWith: string;
    readonly at: (places: string) => string;
    readonly noTarget: string;
    readonly noNote: string;
    readonly complementary: string;
    readonly complementaryIntro: string;
    readonly goal: string;
    readonly worksWith: string;
    readonly fit: string;
    readonly none: string;
    readonly notFilled: string;
    readonly addedBy: string;
    readonly linkedBy: string;
    readonly and: string;
  };
  readonly lists: {
    readonly serviceTypes: Readonly<Record<ServiceType, string>>;
    readonly serviceSettings: Readonly<Record<ServiceSetting, string>>;
    readonly supportKinds: Readonly<Record<SupportKind, string>>;
    readonly supportStatuses: Readonly<Record<SupportStatus, string>>;
    readonly supportSettings: Readonly<Record<SupportSetting, string>>;
    readonly noServices: string;
    readonly serviceColumns: readonly [string, string, string, string, string, string, string];
    readonly notSet: string;
    readonly minutesAWeek: (minutes: number) => string;
    readonly noSupports: string;
    readonly support: string;
    readonly untitledSupport: string;
    readonly from: (date: string) => string;
    readonly noDecisions: string;
    readonly recordedBy: string;
    readonly nothingWritten: string;
  };
  readonly footerVersion: (number: number) => string;
  readonly subject: (name: string) => string;
  readonly roles: Readonly<Record<Role, string>>;
  readonly roleMissing: string;
  readonly settings: Readonly<Record<Setting, string>>;
  readonly date: (value: string, timeZone: string) => string;
  readonly dateTime: (value: string, timeZone: string) => string;
}

const english: ExportWords = {
  language: 'en',
  sectionTitles: { cover: 'Plan', team: 'Team members', ...sectionLabels, meetings: 'Meetings and attendance', signatures: 'Signatures' },
  sectionIntros: {
    team: 'The people who write and agree this plan, and where each of them works with the child.',
    presentLevels: 'What the child can do now, area by area: the starting point for every goal.',
    goals: 'What the team expects the child to achieve within a year, how progress is measured, and when it is reported to parents.',
    services: 'Teaching and therapy the child receives: who provides it, how often, for how long and where.',
    supports: 'Accommodations, tools and strategies, and where each one is used: in the classroom, at the clinic and at home.',
    participation: 'Time the child spends away from classmates without disabilities, and changes made for tests.',
    specialFactors: 'Needs the law asks the team to consider for every child.',
    parentInput: 'Observations and priorities from home, in the family’s own words.',
    decisions: 'What the team agreed, in the order it was decided.',
    meetings: 'Who took part in each meeting, and how, and what was decided there.',
    signatures: 'Each team member’s decision on this version of the plan.',
  },
  defaultTitle: 'Individualized Education Program',
  draftMark: 'DRAFT — not agreed',
  draftNotice: ' This copy shows the plan while the team is still writing it. It has not been agreed or signed, and it may change.',
  liveDraft: 'Live draft (not a frozen version)',
  version: (number) => `Version ${number}`,
  agreed: 'Agreed by the team',
  proposed: 'Proposed, waiting for signatures',
  cover: {
    student: 'Student',
    gradeOrBirth: 'Grade or date of birth',
    school: 'School',
    plan: 'Plan',
    version: 'Version',
    status: 'Status',
    proposedLabel: 'Proposed',
    proposedBy: (when, name) => `${when}, by ${name}`,
    documentCode: 'Document code',
    fingerprintNote: ' (the full fingerprint is on the signature page)',
    proposedAgain: 'Proposed again because',
    iepFor: (name) => `Individualized Education Program (IEP) for ${name}`,
    provenance: 'Each goal, support, service and decision names the team member who added it and the setting they work in.',
    dateOfBirth: 'Date of birth',
    grade: 'Grade',
    agreedAtLabel: 'Agreed at',
    agreedAt: (kind, date) => `Agreed at ${englishMeetingKinds[kind]} on ${date}`,
    notFrozen:
      'This version was proposed before Bridgeplan froze the team, the meetings and the dates with each version. This copy shows only what was frozen: the plan and the signatures. The team and the meetings are left out, times read in UTC, and the student’s name is as the workspace records it today.',
  },
  team: { none: 'No team members are recorded.', name: 'Name', role: 'Role', setting: 'Setting', nameMissing: 'Name not recorded' },
  presentLevels: { none: 'No area has been described yet.', notDescribed: (areas) => `Not described in this plan: ${areas}.` },
  signatures: {
    notSigned: 'Not signed: this is a draft.',
    notSignedNote: ' Team members sign a frozen version of the plan once the team agrees on it.',
    statement: (number) => [
      `Each signature below applies to version ${number} only: document code `,
      ', in full the SHA-256 fingerprint ',
      '. Every new version has a new code, even when the plan itself did not change.',
    ],
    whoSigns: 'Who needs to sign',
    decision: 'Decision',
    signed: 'Signed',
    formerMember: 'Former team member',
    nobody: 'Nobody has signed this version yet.',
    notYet: 'Not signed yet',
    nameTyped: 'Name typed',
    confirmed: 'Statement confirmed',
    comment: 'Comment',
    noComment: 'No comment',
    identity: 'Identity confirmed',
    fingerprint: 'Version fingerprint signed',
    otherVersion: 'This signature names a different version fingerprint than this copy.',
    decisions: { agree: 'Agrees', agree_with_reservations: 'Agrees with reservations', disagree: 'Disagrees' },
    methods: {
      password: 'Password re-entered when signing',
      recent_sign_in: 'Signed in with password within 15 minutes before signing',
    },
  },
  goals: {
    areas: goalAreaLabels,
    statuses: { draft: 'Being written', active: 'Being worked on', met: 'Met', discontinued: 'Stopped' },
    name: (number, area) => `Goal ${number}: ${area}`,
    noSetting: 'No setting chosen',
    workedOnAt: 'Worked on at',
    responsible: 'Who is responsible',
    notAssigned: 'Not assigned yet',
    baseline: 'Where the child is now (baseline)',
    target: 'Goal for the year (target)',
    measured: 'How progress is measured',
    reported: 'When progress is reported to parents',
    status: 'Status',
    met: ' (met)',
    objectives: 'Short-term objectives',
    linkedWith: 'Linked with',
    at: (places) => `At: ${places}`,
    noTarget: 'No target written yet',
    noNote: 'No note',
    complementary: 'Complementary goals across settings',
    complementaryIntro: 'Goals worked on in different places that support each other, shown side by side.',
    goal: 'Goal',
    worksWith: 'Works together with',
    fit: 'How they fit together',
    none: 'No goals have been written yet.',
    notFilled: 'Not filled in',
    addedBy: 'Added by',
    linkedBy: 'Linked by',
    and: ', ',
  },
  lists: {
    serviceTypes: serviceTypeLabels,
    serviceSettings: serviceSettingLabels,
    supportKinds: supportKindLabels,
    supportStatuses: supportStatusLabels,
    supportSettings: { classroom: 'Classroom', clinic: 'Clinic', home: 'Home' },
    noServices: 'No services have been added yet.',
    serviceColumns: ['Service', 'Provider', 'How often', 'How long', 'Where', 'Starts', 'Ends'],
    notSet: 'Not set',
    minutesAWeek: (minutes) => `${minutes} min a week`,
    noSupports: 'No supports have been added yet.',
    support: 'Support',
    untitledSupport: 'Untitled support',
    from: (date) => `From ${date}`,
    noDecisions: 'No decisions have been recorded yet.',
    recordedBy: 'recorded by',
    nothingWritten: 'Nothing written yet.',
  },
  footerVersion: (number) => `Version ${number}`,
  subject: (name) => `IEP plan for ${name}`,
  roles: Object.fromEntries(Object.entries(interfaceEn.roles).map(([role, text]) => [role, text.label])) as Record<Role, string>,
  roleMissing: 'Role not recorded',
  settings: { school: 'School', clinic: 'Clinic', home: 'Home' },
  // English keeps the export's own hand-written dates, so English files stay byte-identical.
  date: (value, timeZone) => englishDate(value, timeZone),
  dateTime: (value, timeZone) => englishDateTime(value, timeZone),
};

const words: Readonly<Record<Language, ExportWords>> = { en: english, es: spanish };

export function exportWords(language: Language | undefined): ExportWords {
  return words[language ?? 'en'];
}
