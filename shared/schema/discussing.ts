import { isRecord } from './read';

/**
 * "Now discussing" is presence, not content: it belongs in the awareness state (it vanishes
 * when the person leaves and is never exported, frozen or signed). This module owns the
 * awareness field and the section ids, in the order of the law's checklist (34 CFR 300.320).
 */
export const sectionIds = [
  'student',
  'dates',
  'presentLevels',
  'goals',
  'services',
  'supports',
  'participation',
  'assessments',
  'extendedSchoolYear',
  'transition',
  'specialFactors',
  'parentInput',
  'meetingTeam',
  'parentParticipation',
  'decisions',
  'priorWrittenNotice',
] as const;
export type SectionId = (typeof sectionIds)[number];

export const sectionLabels: Record<SectionId, string> = {
  student: 'Student information',
  dates: 'IEP dates',
  presentLevels: 'Present levels',
  goals: 'Goals',
  services: 'Services',
  supports: 'Supports at school, clinic and home',
  participation: 'Participation with non-disabled peers and placement',
  assessments: 'State and district assessments',
  extendedSchoolYear: 'Extended school year',
  transition: 'Transition and transfer of rights',
  specialFactors: 'Special factors',
  parentInput: 'Parent input',
  meetingTeam: 'IEP team at meetings',
  parentParticipation: 'Parent participation',
  decisions: 'Team decisions',
  priorWrittenNotice: 'Prior written notice',
};

export function isSectionId(value: unknown): value is SectionId {
  return typeof value === 'string' && (sectionIds as readonly string[]).includes(value);
}

/** The awareness field name. */
export const discussingField = 'discussing';

export interface Discussing {
  readonly section: SectionId;
  /** A goal, support, service or decision id within the section. */
  readonly itemId?: string;
}

/** The part of a y-protocols Awareness this helper needs (keeps shared/ free of y-protocols). */
export interface LocalAwareness {
  setLocalStateField(field: string, value: unknown): void;
}

/** Announces what this person is discussing; null clears it. */
export function setDiscussing(awareness: LocalAwareness, discussing: Discussing | null): void {
  if (discussing === null) {
    awareness.setLocalStateField(discussingField, null);
    return;
  }
  const value = discussing.itemId === undefined ? { section: discussing.section } : { section: discussing.section, itemId: discussing.itemId };
  awareness.setLocalStateField(discussingField, value);
}

/** Reads the field from any awareness state (they come from other browsers: check everything). */
export function readDiscussing(state: unknown): Discussing | null {
  if (!isRecord(state)) return null;
  const value = state[discussingField];
  if (!isRecord(value) || !isSectionId(value.section)) return null;
  const itemId = value.itemId;
  if (typeof itemId === 'string' && itemId.length > 0 && itemId.length <= 200) return { section: value.section, itemId };
  return { section: value.section };
}
