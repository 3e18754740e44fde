import type { GoalArea, SpecialFactor } from './vocabulary';

/**
 * Names of the plan document's root types. Root types are how initial structure stays
 * duplicate-free: `doc.getMap(name)` / `getXmlFragment(name)` returns the same shared type on
 * every peer, so two members opening a brand-new plan at the same moment never create two
 * "present levels" sections. Fixed sections (one per area, one per special factor) are
 * therefore separate roots rather than entries created lazily in a map, where two peers
 * creating the same entry at once would keep only one of them, with its text.
 */
export const planRoots = {
  meta: 'meta',
  title: 'title',
  presentLevelAreas: 'presentLevelAreas',
  presentLevelPrefix: 'presentLevel.',
  goals: 'goals',
  links: 'goalLinks',
  supports: 'supports',
  services: 'services',
  decisions: 'decisions',
  parentInput: 'parentInput',
  participation: 'participation',
  assessmentAccommodations: 'assessmentAccommodations',
  specialFactors: 'specialFactors',
  specialFactorNotePrefix: 'specialFactorNote.',
  // The IEP's legal components (34 CFR 300.320 to 300.324, 300.503). Typed fields of a part
  // are root texts named `<part root>.<field>` (see fieldsPart.ts).
  student: 'student',
  dates: 'iepDates',
  curriculumEffect: 'presentLevels.curriculumEffect',
  placement: 'placement',
  assessments: 'assessments',
  extendedSchoolYear: 'extendedSchoolYear',
  transition: 'transition',
  parentParticipation: 'parentParticipation',
  parentContactAttempts: 'parentContactAttempts',
  priorWrittenNotice: 'priorWrittenNotice',
} as const;

export function presentLevelRoot(area: GoalArea): string {
  return planRoots.presentLevelPrefix + area;
}

export function specialFactorNoteRoot(factor: SpecialFactor): string {
  return planRoots.specialFactorNotePrefix + factor;
}

export const planMetaKeys = {
  schemaVersion: 'schemaVersion',
  status: 'status',
} as const;

/**
 * Version of the plan's shape. Bump it when a reader must tell old from new; readers keep
 * accepting every older shape (missing fields read as defaults).
 */
export const planSchemaVersion = 1;
