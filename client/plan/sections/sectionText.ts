import { sectionIds, type SectionId } from '../../../shared/schema';
import { i18n } from '../../i18n/i18n';
import { sectionLabels } from '../../i18n/vocabulary';

export interface SectionText {
  /** The plain heading a parent reads. */
  readonly title: string;
  /** One line on what the section is for. */
  readonly explanation: string;
  /** The name on official IEP forms, for the professionals in the room. */
  readonly formName: string;
}

/** The official form names stay in English: they name the school's (English) IEP form. */
const formNames: Record<SectionId, string> = {
  student: sectionLabels.student,
  dates: sectionLabels.dates,
  presentLevels: sectionLabels.presentLevels,
  goals: 'Annual goals',
  services: 'Special education and related services',
  supports: 'Accommodations, modifications and supports',
  participation: sectionLabels.participation,
  assessments: sectionLabels.assessments,
  extendedSchoolYear: sectionLabels.extendedSchoolYear,
  transition: sectionLabels.transition,
  specialFactors: sectionLabels.specialFactors,
  parentInput: sectionLabels.parentInput,
  meetingTeam: sectionLabels.meetingTeam,
  parentParticipation: sectionLabels.parentParticipation,
  decisions: sectionLabels.decisions,
  priorWrittenNotice: sectionLabels.priorWrittenNotice,
};

/**
 * Read in the reader's language at the moment of use: a component rendering these re-renders
 * when the language changes, and gets the new words.
 */
function textOf(section: SectionId): SectionText {
  return {
    get title() {
      return i18n.t(`plan.sections.${section}.title`);
    },
    get explanation() {
      return i18n.t(`plan.sections.${section}.explanation`);
    },
    formName: formNames[section],
  };
}

export const sectionText = Object.fromEntries(sectionIds.map((section) => [section, textOf(section)])) as Record<SectionId, SectionText>;

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
