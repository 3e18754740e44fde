import { sectionLabels, type SectionId } from '../../../shared/schema';

export interface SectionText {
  /** The plain heading a parent reads. */
  readonly title: string;
  /** One line on what the section is for. */
  readonly explanation: string;
  /** The name on official IEP forms, for the professionals in the room. */
  readonly formName: string;
}

export const sectionText: Record<SectionId, SectionText> = {
  student: {
    title: 'About the student',
    explanation: 'Date of birth, grade, school, why the student is eligible, and the language spoken at home.',
    formName: sectionLabels.student,
  },
  dates: {
    title: 'Key dates',
    explanation: 'When the plan was written, when it runs, and when it must be reviewed again.',
    formName: sectionLabels.dates,
  },
  presentLevels: {
    title: 'What we see now',
    explanation: 'How your child is doing today in each area, at school, at the clinic and at home. Every goal starts from here.',
    formName: sectionLabels.presentLevels,
  },
  goals: {
    title: 'Goals',
    explanation: 'What we want your child to be able to do in a year, how we will measure it, and who works on it where.',
    formName: 'Annual goals',
  },
  services: {
    title: 'Services',
    explanation: 'The therapy and teaching your child receives: what, how often, how long, where and with whom.',
    formName: 'Special education and related services',
  },
  supports: {
    title: sectionLabels.supports,
    explanation: 'Tools and changes that help your child, and where each one is used, so gaps between settings are easy to spot.',
    formName: 'Accommodations, modifications and supports',
  },
  participation: {
    title: 'Learning with classmates',
    explanation: 'How much of the school week is spent with classmates without disabilities, worked out from the services, and why any time is spent apart.',
    formName: sectionLabels.participation,
  },
  assessments: {
    title: 'State and district tests',
    explanation: 'How the student takes each state or district test: as everyone does, with accommodations, or an alternate test.',
    formName: sectionLabels.assessments,
  },
  extendedSchoolYear: {
    title: 'Summer and breaks',
    explanation: 'Whether the student needs services beyond the regular school year, and why.',
    formName: sectionLabels.extendedSchoolYear,
  },
  transition: {
    title: 'Life after school',
    explanation: 'Goals for further education, work and living, the services to get there, and the rights that pass to the student at adulthood.',
    formName: sectionLabels.transition,
  },
  specialFactors: {
    title: 'Things we must think about',
    explanation: 'Needs the law asks every team to consider. Tick each one you talked about and note what you decided.',
    formName: sectionLabels.specialFactors,
  },
  parentInput: {
    title: 'From home',
    explanation: 'What the family sees at home: what works, what is hard, and what matters most to you.',
    formName: sectionLabels.parentInput,
  },
  meetingTeam: {
    title: 'Who was at the meetings',
    explanation: 'Whether every person the law requires was at each meeting, or excused with the parent’s written agreement.',
    formName: sectionLabels.meetingTeam,
  },
  parentParticipation: {
    title: 'Keeping the family involved',
    explanation: 'When and how the family was told about the meeting, attempts to reach them, and when they received the plan.',
    formName: sectionLabels.parentParticipation,
  },
  decisions: {
    title: 'Team decisions',
    explanation: 'What the team agreed, in the order it was decided.',
    formName: sectionLabels.decisions,
  },
  priorWrittenNotice: {
    title: 'Notice to the family',
    explanation: 'The written notice of what the school proposes or refuses, and why. Drafted from the team’s decisions, then edited together.',
    formName: sectionLabels.priorWrittenNotice,
  },
};

export function sectionElementId(section: SectionId): string {
  return `plan-section-${section}`;
}

export function sectionHeadingId(section: SectionId): string {
  return `plan-section-${section}-heading`;
}

/** Scrolls a section into view; with `focus`, moves keyboard focus to its heading too. */
export function goToSection(section: SectionId, options: { focus: boolean }): void {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  document.getElementById(sectionElementId(section))?.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
  if (options.focus) document.getElementById(sectionHeadingId(section))?.focus({ preventScroll: true });
}
