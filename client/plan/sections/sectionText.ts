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
    title: 'Learning with classmates, and tests',
    explanation: 'Any time spent away from classmates without disabilities, and what changes for state and district tests.',
    formName: sectionLabels.participation,
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
  decisions: {
    title: 'Team decisions',
    explanation: 'What the team agreed, in the order it was decided.',
    formName: sectionLabels.decisions,
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
