import type { SectionId } from '../../shared/schema';

/** The IEP terms the glossary explains, in the order a parent meets them in the plan. */
export const glossaryTermIds = [
  'presentLevels',
  'annualGoal',
  'accommodation',
  'modification',
  'relatedServices',
  'lre',
  'esy',
  'priorWrittenNotice',
  'transition',
  'progressCodes',
] as const;

export type GlossaryTermId = (typeof glossaryTermIds)[number];

/** The term a plan section's heading stands for, explained where the heading is shown. */
export const sectionTerms: Partial<Record<SectionId, GlossaryTermId>> = {
  presentLevels: 'presentLevels',
  goals: 'annualGoal',
  services: 'relatedServices',
  supports: 'accommodation',
  participation: 'lre',
  extendedSchoolYear: 'esy',
  transition: 'transition',
  priorWrittenNotice: 'priorWrittenNotice',
};
