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

/**
 * The names IEP forms use, for the professionals in the room; a Spanish reader gets the terms
 * of Spanish IEP forms. Most are the section's vocabulary label; three differ from it.
 */
function formName(section: SectionId): string {
  if (section === 'goals') return i18n.t('planEdit.formGoals');
  if (section === 'services') return i18n.t('planEdit.formServices');
  if (section === 'supports') return i18n.t('planEdit.formSupports');
  return sectionLabels[section];
}

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
    get formName() {
      return formName(section);
    },
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
